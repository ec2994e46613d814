// Acervo's only script, and an optional one: the "/" key moves to the search box, as on GitHub or
// Datashare, unless a field is being typed in. Pages work the same without it.
document.addEventListener('keydown', function (event) {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) {
    return;
  }
  var target = event.target;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) {
    return;
  }
  var box = document.querySelector('main input[name=q]') || document.querySelector('input[name=q]');
  if (box) {
    event.preventDefault();
    box.focus();
    box.select();
  }
});
