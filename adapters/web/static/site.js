// citebot's one script. Every page works without it: forms post and the
// server redirects back. With it:
// - the ask page keeps the conversation on one page: the forms marked
//   data-fragment post in the background and the server's HTML for the
//   turn (escaped by its templates) is put in place;
// - the class board is live: questions arrive as the server sends them
//   (server-sent events, HTML escaped by the server), the queue keeps its
//   order (pinned, then not yet answered in class, the most supported
//   first), and the forms marked data-live post in the background.
(function () {
  'use strict';

  if (!window.fetch || !window.DOMParser || !window.URLSearchParams) {
    return;
  }
  var status = document.getElementById('status');
  var input = document.getElementById('q');

  function each(list, fn) {
    Array.prototype.forEach.call(list, fn);
  }

  function say(message) {
    if (status) {
      status.textContent = message;
    }
  }

  // parse turns server HTML into one element of this document. DOMParser
  // never runs scripts, and the Content-Security-Policy would refuse them.
  function parse(html, selector) {
    var doc = new DOMParser().parseFromString('<ol>' + html + '</ol>', 'text/html');
    var el = doc.querySelector(selector);
    return el ? document.importNode(el, true) : null;
  }

  // post sends a form as the server's own forms would, asking for the
  // short answer the script wants; it resolves with the response text.
  // A refused form keeps what was typed: the reason shows in the status.
  function post(event, form, accept) {
    event.preventDefault();
    var body = new URLSearchParams(new FormData(form));
    if (event.submitter && event.submitter.name) {
      body.append(event.submitter.name, event.submitter.value);
    }
    var buttons = form.querySelectorAll('button');
    each(buttons, function (b) { b.disabled = true; });
    return fetch(form.getAttribute('action'), {
      method: 'POST',
      body: body,
      credentials: 'same-origin',
      headers: {'X-Citebot-Fragment': '1'}
    }).then(function (response) {
      return response.text().then(function (text) {
        if (!response.ok && response.status !== accept) {
          throw new Error(text.trim() || 'Erreur ' + response.status + '.');
        }
        return text;
      });
    }).catch(function (err) {
      var message = err && err.message;
      if (!message || err.name === 'TypeError') {
        message = 'Pas de réponse du serveur : vérifiez la connexion, puis renvoyez.';
      }
      say(message);
      return null;
    }).then(function (text) {
      each(buttons, function (b) { b.disabled = false; });
      return text;
    });
  }

  var handlers = {};

  // The ask page.
  var conversation = document.getElementById('conversation');
  if (conversation) {
    handlers.fragment = function (event, form, mode) {
      say(mode === 'append' ? 'Recherche de la réponse…' : 'Envoi…');
      // 429 still carries a turn: the bot's request to slow down.
      post(event, form, 429).then(function (text) {
        if (text === null) {
          return;
        }
        var li = parse(text, 'li.turn');
        if (!li) {
          say('Réponse illisible du serveur : rechargez la page.');
          return;
        }
        say('');
        if (mode === 'replace') {
          var current = form.closest('li.turn');
          if (current) {
            current.parentNode.replaceChild(li, current);
          }
          return;
        }
        // Only the latest answer offers more sources.
        each(conversation.querySelectorAll('form.more'), function (old) {
          old.parentNode.removeChild(old);
        });
        conversation.appendChild(li);
        var notice = document.querySelector('form.ask .notice');
        if (notice) {
          notice.parentNode.removeChild(notice);
        }
        if (form.id === 'ask' && input) {
          input.value = '';
        }
        li.scrollIntoView({block: 'nearest'});
        if (input) {
          input.focus();
        }
      });
    };
  }

  // The class board.
  var queue = document.getElementById('queue');
  if (queue && window.EventSource) {
    var tokenInput = document.querySelector('input[name="jeton"]');
    var token = tokenInput ? tokenInput.value : '';
    var empty = document.getElementById('empty');
    var open = queue.getAttribute('data-open') === 'true';
    // The stream is the same for the whole class: each board marks the
    // questions its own browser supports, and the one it just sent.
    var mine = {};
    var awaited = '';
    each(queue.querySelectorAll('[data-vote][aria-pressed="true"]'), function (b) {
      mine[b.closest('li').getAttribute('data-id')] = true;
    });

    var rank = function (li) {
      return [
        li.getAttribute('data-pinned') === 'true' ? 0 : 1,
        li.getAttribute('data-done') === 'true' ? 1 : 0,
        -Number(li.getAttribute('data-score')),
        Number(li.getAttribute('data-id'))
      ];
    };
    var before = function (a, b) {
      var x = rank(a);
      var y = rank(b);
      for (var i = 0; i < x.length; i++) {
        if (x[i] !== y[i]) {
          return x[i] < y[i];
        }
      }
      return false;
    };
    // place puts li where the order wants it, moving nothing else.
    var place = function (li) {
      var next = null;
      for (var i = 0; i < queue.children.length; i++) {
        if (queue.children[i] !== li && before(li, queue.children[i])) {
          next = queue.children[i];
          break;
        }
      }
      if (li.parentNode !== queue || li.nextElementSibling !== next) {
        queue.insertBefore(li, next);
      }
    };
    // own fills in what the stream cannot know: this page's form token
    // and its own support.
    var own = function (li) {
      each(li.querySelectorAll('input[name="jeton"]'), function (field) {
        field.value = token;
      });
      var vote = li.querySelector('[data-vote]');
      if (vote) {
        vote.setAttribute('aria-pressed', mine[li.getAttribute('data-id')] ? 'true' : 'false');
      }
    };
    var reveal = function (li) {
      if (li && li.getAttribute('data-id') === awaited) {
        awaited = '';
        li.classList.add('entry-mine');
        li.scrollIntoView({block: 'nearest'});
      }
    };
    var showEmpty = function () {
      if (empty) {
        empty.hidden = queue.children.length > 0;
      }
    };

    var source = new EventSource(queue.getAttribute('data-stream'));
    source.addEventListener('entree', function (ev) {
      var data = JSON.parse(ev.data);
      var li = parse(data.html, 'li.entry');
      if (!li) {
        return;
      }
      own(li);
      var old = document.getElementById('e' + data.id);
      if (old) {
        queue.replaceChild(li, old);
      }
      place(li);
      showEmpty();
      reveal(li);
    });
    source.addEventListener('retrait', function (ev) {
      var old = document.getElementById('e' + JSON.parse(ev.data).id);
      if (old) {
        old.parentNode.removeChild(old);
      }
      showEmpty();
    });
    source.addEventListener('fin', function () {
      source.close();
      if (open) {
        window.location.reload();
      }
    });

    handlers.live = function (event, form, mode) {
      if (mode === 'ask') {
        say('Envoi de la question…');
      }
      post(event, form).then(function (text) {
        if (text === null) {
          return;
        }
        if (mode === 'ask') {
          form.reset();
          say('Question envoyée : elle arrive au tableau avec sa réponse.');
          awaited = text.trim();
          reveal(document.getElementById('e' + awaited));
        }
        if (mode === 'vote') {
          // The stream may have replaced the question's element already.
          var id = form.closest('li').getAttribute('data-id');
          mine[id] = !mine[id];
          own(document.getElementById('e' + id) || form.closest('li'));
        }
      });
    };
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    for (var name in handlers) {
      var mode = form.getAttribute('data-' + name);
      if (mode !== null) {
        handlers[name](event, form, mode);
        return;
      }
    }
  });
})();
