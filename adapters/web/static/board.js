// citebot: the live class board. Without this script the board is a page
// that reloads every 20 seconds and its forms post and come back; with
// it, questions arrive as the server sends them (server-sent events, HTML
// escaped by the server's templates), the queue keeps its order (pinned,
// then not yet answered in class, the most supported first), and the
// forms post in the background.
(function () {
  'use strict';

  var queue = document.getElementById('queue');
  if (!queue || !window.EventSource || !window.fetch || !window.DOMParser) {
    return;
  }
  var tokenInput = document.querySelector('input[name="jeton"]');
  var token = tokenInput ? tokenInput.value : '';
  var empty = document.getElementById('empty');
  var status = document.getElementById('status');
  var open = queue.getAttribute('data-open') === 'true';
  // The questions this browser supports: the server's stream is the same
  // for the whole class, so each board marks its own.
  var mine = {};
  each(queue.querySelectorAll('[data-vote][aria-pressed="true"]'), function (b) {
    mine[b.closest('li').getAttribute('data-id')] = true;
  });

  function each(list, fn) {
    Array.prototype.forEach.call(list, fn);
  }

  function say(message) {
    if (status) {
      status.textContent = message;
    }
  }

  function rank(li) {
    return [
      li.getAttribute('data-pinned') === 'true' ? 0 : 1,
      li.getAttribute('data-done') === 'true' ? 1 : 0,
      -Number(li.getAttribute('data-score')),
      Number(li.getAttribute('data-id'))
    ];
  }

  function before(a, b) {
    var x = rank(a);
    var y = rank(b);
    for (var i = 0; i < x.length; i++) {
      if (x[i] !== y[i]) {
        return x[i] < y[i];
      }
    }
    return false;
  }

  // place puts li where the order wants it, moving nothing else.
  function place(li) {
    var next = null;
    var items = queue.children;
    for (var i = 0; i < items.length; i++) {
      if (items[i] !== li && before(li, items[i])) {
        next = items[i];
        break;
      }
    }
    if (li.parentNode !== queue || li.nextElementSibling !== next) {
      queue.insertBefore(li, next);
    }
  }

  // own fills what the stream cannot know: this board's form token and
  // its own support.
  function own(li) {
    each(li.querySelectorAll('input[name="jeton"]'), function (input) {
      input.value = token;
    });
    var vote = li.querySelector('[data-vote]');
    if (vote) {
      vote.setAttribute('aria-pressed', mine[li.getAttribute('data-id')] ? 'true' : 'false');
    }
  }

  function parse(html) {
    var doc = new DOMParser().parseFromString('<ol>' + html + '</ol>', 'text/html');
    var li = doc.querySelector('li.entry');
    return li ? document.importNode(li, true) : null;
  }

  function showEmpty() {
    if (empty) {
      empty.hidden = queue.children.length > 0;
    }
  }

  // The question this board just sent: shown when it arrives.
  var awaited = '';

  function reveal(li) {
    if (li && li.getAttribute('data-id') === awaited) {
      awaited = '';
      li.classList.add('entry-mine');
      li.scrollIntoView({block: 'nearest'});
    }
  }

  var source = new EventSource(queue.getAttribute('data-stream'));
  source.addEventListener('entree', function (ev) {
    var data = JSON.parse(ev.data);
    var li = parse(data.html);
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

  document.addEventListener('submit', function (event) {
    var form = event.target;
    var mode = form.getAttribute('data-live');
    if (mode === null) {
      return;
    }
    event.preventDefault();
    var body = new URLSearchParams(new FormData(form));
    if (event.submitter && event.submitter.name) {
      body.append(event.submitter.name, event.submitter.value);
    }
    var buttons = form.querySelectorAll('button');
    each(buttons, function (b) { b.disabled = true; });
    if (mode === 'ask') {
      say('Envoi de la question…');
    }
    fetch(form.getAttribute('action'), {
      method: 'POST',
      body: body,
      credentials: 'same-origin',
      headers: {'X-Citebot-Fragment': '1'}
    }).then(function (response) {
      if (!response.ok) {
        return response.text().then(function (text) {
          throw new Error(text.trim() || 'Erreur ' + response.status + '.');
        });
      }
      if (mode === 'ask') {
        form.reset();
        say('Question envoyée : elle arrive au tableau avec sa réponse.');
        return response.text().then(function (id) {
          awaited = id.trim();
          reveal(document.getElementById('e' + awaited));
        });
      }
      if (mode === 'vote') {
        var li = form.closest('li');
        var id = li.getAttribute('data-id');
        mine[id] = !mine[id];
        own(li);
      }
    }).catch(function (err) {
      var message = err && err.message;
      if (!message || err.name === 'TypeError') {
        message = 'Pas de réponse du serveur : vérifiez la connexion, puis renvoyez.';
      }
      say(message);
    }).then(function () {
      each(buttons, function (b) { b.disabled = false; });
    });
  });
})();
