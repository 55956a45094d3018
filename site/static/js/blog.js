// Blog posts: count one view per browser session after the page has loaded.
// The count goes through a separate POST so cached pages still count; no identifiers are sent.
(function () {
    "use strict";
    var article = document.querySelector("[data-view-count-url]");
    if (!article) { return; }
    var url = article.getAttribute("data-view-count-url");
    var key = "toezichtnet-viewed:" + url;
    try {
        if (window.sessionStorage.getItem(key)) { return; }
        window.sessionStorage.setItem(key, "1");
    } catch (e) { /* storage disabled: count anyway */ }
    window.addEventListener("load", function () {
        if (navigator.sendBeacon && navigator.sendBeacon(url, "")) { return; }
        if (window.fetch) {
            window.fetch(url, { method: "POST", credentials: "omit", keepalive: true });
        }
    });
})();
