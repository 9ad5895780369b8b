// citebot: keeps the conversation on one page. Without this script every
// form posts and the page reloads at the new answer; with it, the forms
// marked data-fragment post in the background and the server's HTML for
// the new turn (escaped by its templates) is put in place.
(function () {
  'use strict';

  var list = document.getElementById('conversation');
  if (!list || !window.fetch || !window.DOMParser || !window.URLSearchParams) {
    return;
  }
  var status = document.getElementById('status');
  var input = document.getElementById('q');

  function say(message) {
    if (status) {
      status.textContent = message;
    }
  }

  // parseTurn turns the server's fragment into one <li> of this document.
  // DOMParser never runs scripts, and the page's Content-Security-Policy
  // would refuse them anyway.
  function parseTurn(html) {
    var doc = new DOMParser().parseFromString(html, 'text/html');
    var li = doc.body.firstElementChild;
    if (!li || li.tagName !== 'LI') {
      return null;
    }
    return document.importNode(li, true);
  }

  function setBusy(form, busy) {
    var buttons = form.querySelectorAll('button');
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].disabled = busy;
    }
    form.setAttribute('aria-busy', busy ? 'true' : 'false');
  }

  // Only the latest answer offers more sources.
  function dropOldActions() {
    var old = list.querySelectorAll('form.more');
    for (var i = 0; i < old.length; i++) {
      old[i].parentNode.removeChild(old[i]);
    }
  }

  function show(form, mode, li) {
    if (mode === 'replace') {
      var current = form.closest('li.turn');
      if (current) {
        current.parentNode.replaceChild(li, current);
      }
      return;
    }
    dropOldActions();
    list.appendChild(li);
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
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    var mode = form.getAttribute('data-fragment');
    if (!mode) {
      return;
    }
    event.preventDefault();
    var body = new URLSearchParams(new FormData(form));
    var submitter = event.submitter;
    if (submitter && submitter.name) {
      body.append(submitter.name, submitter.value);
    }
    setBusy(form, true);
    say(mode === 'append' ? 'Recherche de la réponse…' : 'Envoi…');
    fetch(form.getAttribute('action'), {
      method: 'POST',
      body: body,
      credentials: 'same-origin',
      headers: {'X-Citebot-Fragment': '1'}
    }).then(function (response) {
      return response.text().then(function (text) {
        // 429 still carries a turn: the bot's request to slow down.
        if (!response.ok && response.status !== 429) {
          throw new Error(text.trim() || 'Erreur ' + response.status + '.');
        }
        var li = parseTurn(text);
        if (!li) {
          throw new Error('Réponse illisible du serveur : rechargez la page.');
        }
        show(form, mode, li);
        say('');
      });
    }).catch(function (err) {
      // The question stays in its box: nothing typed is lost.
      var message = err && err.message;
      if (!message || err.name === 'TypeError') {
        message = 'Pas de réponse du serveur : vérifiez la connexion, puis renvoyez.';
      }
      say(message);
    }).then(function () {
      setBusy(form, false);
    });
  });
})();
