// Quoting a passage on the thread page. Without this script "Quote" asks the server for the page
// with the whole post in the reply form. With it, a passage selected inside a post is quoted alone,
// without reloading. The selection is kept at mousedown because the click on the link clears it.
(function () {
  'use strict';
  var kept = null;

  function bodyOf(link) {
    var post = link.closest('article.post');
    return post ? post.querySelector('.post__body') : null;
  }

  function passageIn(body) {
    var selection = window.getSelection();
    if (!body || !selection || selection.isCollapsed) {
      return '';
    }
    if (!body.contains(selection.anchorNode) || !body.contains(selection.focusNode)) {
      return '';
    }
    return selection.toString().trim();
  }

  function quoted(passage) {
    return passage.split(/\r?\n/).map(function (line) {
      return line.trim() ? '> ' + line : '>';
    }).join('\n') + '\n\n';
  }

  document.addEventListener('mousedown', function (event) {
    var link = event.target.closest ? event.target.closest('a.post__quote') : null;
    kept = link ? passageIn(bodyOf(link)) : null;
  }, true);

  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a.post__quote') : null;
    var form = document.getElementById('reply-form');
    var passage = link ? (kept || passageIn(bodyOf(link))) : '';
    kept = null;
    if (!link || !form || !passage) {
      return;
    }
    event.preventDefault();
    var text = document.getElementById('reply-body');
    text.value = (text.value.trim() ? text.value.replace(/\s*$/, '\n\n') : '') + quoted(passage);
    form.querySelector('input[name=quotedReplyId]').value = link.getAttribute('data-reply') || '';
    text.focus();
  });
})();
