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
