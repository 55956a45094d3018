// Progressive enhancement only: every feature works without this file.
(function () {
    "use strict";
    document.documentElement.classList.add("js");
    // A form sent back with errors: the error summary gets the focus, so it is read first and its links lead to the fields.
    var summary = document.querySelector(".error-summary");
    if (summary) {
        summary.focus();
    }
    var toggle = document.querySelector(".main-nav__toggle");
    var list = document.getElementById("main-nav-list");
    if (toggle && list && window.matchMedia("(max-width: 40rem)").matches) {
        toggle.hidden = false;
        list.setAttribute("data-collapsed", "true");
        var setOpen = function (open) {
            toggle.setAttribute("aria-expanded", String(open));
            list.setAttribute("data-collapsed", String(!open));
        };
        toggle.addEventListener("click", function () {
            setOpen(toggle.getAttribute("aria-expanded") !== "true");
        });
        // Escape closes the open menu and puts the focus back on its button.
        document.addEventListener("keydown", function (event) {
            if ((event.key === "Escape" || event.key === "Esc") && toggle.getAttribute("aria-expanded") === "true") {
                setOpen(false);
                toggle.focus();
            }
        });
    }
})();
