// On every page (progressive enhancement; every form works without it). A field's error message, rendered after the field as
// <p class="field-error">, is tied to the field (aria-invalid, aria-describedby) so a screen reader reads it with the field; focus
// then moves to the first field in error, or else to the page's error alert, so nobody has to hunt for what went wrong.
(function () {
  var controls = "input:not([type=hidden]), select, textarea";

  function fieldsOf(error) {
    for (var el = error.previousElementSibling; el; el = el.previousElementSibling) {
      if (el.matches(controls)) return [el];
      if (el.matches("p, button")) continue;   // hints, other messages, the look-up button between a field and its message
      var inside = el.querySelectorAll(controls);
      if (inside.length) return Array.prototype.slice.call(inside);
    }
    var container = error.parentElement && error.parentElement.closest("label, fieldset, .field");
    return container ? Array.prototype.slice.call(container.querySelectorAll(controls)) : [];
  }

  var first = null;
  document.querySelectorAll(".field-error").forEach(function (error, i) {
    if (!error.textContent.trim()) return;
    if (!error.id) error.id = "field-error-" + (i + 1);
    fieldsOf(error).forEach(function (field) {
      field.setAttribute("aria-invalid", "true");
      var ids = (field.getAttribute("aria-describedby") || "").split(/\s+/).filter(Boolean);
      if (ids.indexOf(error.id) < 0) ids.push(error.id);
      field.setAttribute("aria-describedby", ids.join(" "));
      if (!first) first = field;
    });
  });
  if (!first) {
    first = document.querySelector("main .error[role=alert], main [data-error-summary]");
    if (first && !first.hasAttribute("tabindex")) first.setAttribute("tabindex", "-1");
  }
  if (first) first.focus();
})();
