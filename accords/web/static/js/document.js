// Hovering a marked fact in the text lights up its entry in the record beside it (and back).
(function () {
  function toggle(refs, on) {
    (refs || "").split(" ").forEach(function (id) {
      var el = id && document.getElementById(id);
      if (el) el.classList.toggle("active", on);
    });
  }
  document.querySelectorAll("mark.fact[data-refs]").forEach(function (m) {
    m.addEventListener("mouseenter", function () { toggle(m.dataset.refs, true); });
    m.addEventListener("mouseleave", function () { toggle(m.dataset.refs, false); });
  });
  document.querySelectorAll("li.fact-item").forEach(function (li) {
    li.addEventListener("mouseenter", function () {
      document.querySelectorAll('mark.fact[data-refs~="' + li.id + '"]').forEach(function (m) { m.classList.add("active"); });
    });
    li.addEventListener("mouseleave", function () {
      document.querySelectorAll('mark.fact[data-refs~="' + li.id + '"]').forEach(function (m) { m.classList.remove("active"); });
    });
  });
})();
