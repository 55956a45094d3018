// Blog posts: count a view after the page has loaded, at most once per 30 minutes per browser and post.
// The count goes through a separate POST without cookies, so cached pages still count and the view is not
// linked to a session. A counted view answers with a signed stamp (post id + server time, no identifier);
// it is kept in localStorage and sent along with the next view of the same post, and the server does not
// count again while it is younger than 30 minutes. See blog/README.md, "View counter".
(function () {
    "use strict";
    var article = document.querySelector("[data-view-count-url]");
    if (!article || !window.fetch || !window.URLSearchParams) { return; }
    var url = article.getAttribute("data-view-count-url");
    var prefix = "toezichtnet-viewed:";
    var key = prefix + url;
    var keepFor = 60 * 60 * 1000; // local clean-up only; the server decides about the 30-minute window
    var storage = null;
    try {
        storage = window.localStorage;
        // Forget stamps that can no longer matter, so no list of read posts builds up in the browser.
        for (var i = storage.length - 1; i >= 0; i--) {
            var name = storage.key(i);
            if (name && name.indexOf(prefix) === 0) {
                var entry = null;
                try { entry = JSON.parse(storage.getItem(name)); } catch (e) { entry = null; }
                if (!entry || typeof entry.at !== "number" || Date.now() - entry.at > keepFor || entry.at > Date.now()) {
                    storage.removeItem(name);
                }
            }
        }
    } catch (e) { storage = null; /* storage disabled: every load counts */ }

    window.addEventListener("load", function () {
        var body = new URLSearchParams();
        if (storage) {
            try {
                var entry = JSON.parse(storage.getItem(key));
                if (entry && entry.stamp) { body.append("stamp", entry.stamp); }
            } catch (e) { /* no usable stamp */ }
        }
        window.fetch(url, { method: "POST", body: body, credentials: "omit", keepalive: true }).then(function (response) {
            var stamp = response.headers.get("View-Stamp");
            if (stamp && storage) {
                try { storage.setItem(key, JSON.stringify({ stamp: stamp, at: Date.now() })); } catch (e) { /* full or disabled */ }
            }
        }).catch(function () { /* counting is best effort */ });
    });
})();

// Comments: "Reageren" opens the reply form under a comment (a disclosure button with aria-expanded). Without
// this script every reply form is simply shown; a form holding a kept draft (data-open) starts open.
(function () {
    "use strict";
    var toggles = document.querySelectorAll(".comment__reply-toggle[aria-controls]");
    Array.prototype.forEach.call(toggles, function (toggle) {
        var form = document.getElementById(toggle.getAttribute("aria-controls"));
        if (!form) { return; }
        var setOpen = function (open) {
            toggle.setAttribute("aria-expanded", String(open));
            form.hidden = !open;
        };
        setOpen(form.getAttribute("data-open") === "true");
        toggle.hidden = false;
        toggle.addEventListener("click", function () {
            var open = toggle.getAttribute("aria-expanded") !== "true";
            setOpen(open);
            if (open) {
                var field = form.querySelector("textarea");
                if (field) { field.focus(); }
            }
        });
    });
})();
