// Progressive enhancement only: every feature works without this file.
(function () {
    "use strict";
    document.documentElement.classList.add("js");
    var toggle = document.querySelector(".main-nav__toggle");
    var list = document.getElementById("main-nav-list");
    if (toggle && list && window.matchMedia("(max-width: 40rem)").matches) {
        toggle.hidden = false;
        list.setAttribute("data-collapsed", "true");
        toggle.addEventListener("click", function () {
            var open = toggle.getAttribute("aria-expanded") === "true";
            toggle.setAttribute("aria-expanded", String(!open));
            list.setAttribute("data-collapsed", String(open));
        });
    }
})();
