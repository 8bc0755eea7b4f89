// Progressive enhancement for the online-filing pages: every form works as a plain post without this file.
// A form marked data-once ignores further submissions once it is on its way (the server is idempotent anyway).
document.querySelectorAll("form[data-once]").forEach(function (form) {
  form.addEventListener("submit", function (event) {
    if (form.dataset.sent === "1") {
      event.preventDefault();
      return;
    }
    form.dataset.sent = "1";
    // Disabled after the form data is taken, so the pressed button's name and value still go with it.
    setTimeout(function () {
      form.querySelectorAll("button[type=submit]").forEach(function (b) { b.disabled = true; });
    }, 0);
  });
});

// 您的情况: a question that applies only given earlier answers is shown as soon as those answers are chosen on this screen
// (the same rule as FilingGuide.Asks: every condition's question answered with one of its values), and hidden again, unticked,
// when they change; the server still decides what was asked from what it receives.
document.querySelectorAll("form[data-test=interview]").forEach(function (form) {
  var later = form.querySelectorAll("fieldset[data-later-question]");
  if (later.length === 0) return;
  function answer(key) {
    var chosen = form.querySelector("input[type=radio][name='answers[" + key + "]']:checked");
    if (!chosen) return null;
    var holder = chosen.closest("fieldset");
    return holder && holder.hidden ? null : chosen.value;
  }
  function update() {
    later.forEach(function (fieldset) {
      var conditions = JSON.parse(fieldset.dataset.askWhen || "{}");
      var applies = Object.keys(conditions).every(function (key) { return conditions[key].indexOf(answer(key)) >= 0; });
      if (!applies) fieldset.querySelectorAll("input").forEach(function (i) { i.checked = false; });
      fieldset.hidden = !applies;
    });
  }
  form.addEventListener("change", update);
  update();
});
