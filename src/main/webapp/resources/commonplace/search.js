// Autocomplete on the search page's box, as an ARIA combobox: titles and tags starting with the
// letters typed, among what the member may read (GET api/search/suggestions). Without this script
// the box is a plain search field and nothing is lost. Up and Down move through the list, Enter
// opens the chosen item, Escape closes the list.
(function () {
  'use strict';
  var input = document.getElementById('search-q');
  var list = document.getElementById('search-suggestions');
  var status = document.getElementById('search-suggestions-status');
  if (!input || !list || !window.fetch) {
    return;
  }
  var root = input.getAttribute('data-root');
  var timer = null;
  var asked = 0;
  var active = -1;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', 'search-suggestions');

  function options() {
    return list.querySelectorAll('[role=option]');
  }

  function close() {
    list.hidden = true;
    list.textContent = '';
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function option(index, label, text, href) {
    var li = document.createElement('li');
    li.id = 'search-suggestion-' + index;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    li.setAttribute('data-href', href);
    var kind = document.createElement('span');
    kind.className = 'suggestion__kind';
    kind.textContent = label;
    li.appendChild(kind);
    li.appendChild(document.createTextNode(' ' + text));
    li.addEventListener('mousedown', function (event) {
      event.preventDefault();
      window.location.href = href;
    });
    return li;
  }

  function show(answer) {
    list.textContent = '';
    var index = 0;
    answer.items.forEach(function (item) {
      list.appendChild(option(index++, input.getAttribute('data-kind-' + item.kind) || item.kind,
        item.text, root + item.url));
    });
    answer.tags.forEach(function (tag) {
      list.appendChild(option(index++, input.getAttribute('data-tag'), tag,
        root + 'search.xhtml?q=&tag=' + encodeURIComponent(tag)));
    });
    var open = index > 0;
    list.hidden = !open;
    input.setAttribute('aria-expanded', open ? 'true' : 'false');
    status.textContent = open ? input.getAttribute('data-count').replace('{0}', index) : '';
    active = -1;
  }

  function ask() {
    var letters = input.value.trim();
    if (letters.length < 2) {
      close();
      return;
    }
    var mine = ++asked;
    fetch(root + 'api/search/suggestions?q=' + encodeURIComponent(letters), {
      credentials: 'same-origin', headers: { 'Accept': 'application/json' }
    }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (answer) {
      // an older answer arriving after a newer one is dropped
      if (answer && mine === asked) {
        show(answer);
      }
    }).catch(function () {
      close();
    });
  }

  function move(by) {
    var all = options();
    if (!all.length) {
      return;
    }
    if (active >= 0) {
      all[active].setAttribute('aria-selected', 'false');
    }
    active = (active + by + all.length) % all.length;
    all[active].setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', all[active].id);
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(ask, 150);
  });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!list.hidden) {
        event.preventDefault();
        move(event.key === 'ArrowDown' ? 1 : -1);
      }
    } else if (event.key === 'Escape') {
      close();
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      window.location.href = options()[active].getAttribute('data-href');
    }
  });
  input.addEventListener('blur', function () {
    setTimeout(close, 150);
  });
})();
