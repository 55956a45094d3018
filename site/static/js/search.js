// Search autocomplete: progressive enhancement of the search form (it works without this file).
// Follows the WAI-ARIA 1.2 combobox pattern with a listbox popup:
//   Down/Up move through the suggestions, Enter opens the highlighted page (or submits the form),
//   Escape closes the list (a second Escape clears the field), Tab and clicking elsewhere close it.
(function () {
    "use strict";

    var form = document.querySelector("form[data-suggest-url]");
    if (!form || !window.fetch) {
        return;
    }
    var input = form.querySelector("input[name='q']");
    var field = input && input.parentNode;
    if (!field) {
        return;
    }

    var listId = input.id + "-suggestions";
    var list = document.createElement("ul");
    list.id = listId;
    list.className = "search-suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", form.getAttribute("data-suggest-label") || "Suggesties");
    list.hidden = true;
    field.appendChild(list);

    var status = document.createElement("div");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    field.appendChild(status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);

    var items = [];
    var active = -1;
    var timer = null;
    var controller = null;
    var lastQuery = null;

    function statusText(count) {
        var template = count === 1 ? form.getAttribute("data-suggest-one") : form.getAttribute("data-suggest-many");
        return (template || "{n}").replace("{n}", String(count));
    }

    function close() {
        list.hidden = true;
        input.setAttribute("aria-expanded", "false");
        input.removeAttribute("aria-activedescendant");
        active = -1;
    }

    function open() {
        if (items.length) {
            list.hidden = false;
            input.setAttribute("aria-expanded", "true");
        }
    }

    function highlight(index) {
        var options = list.querySelectorAll("[role='option']");
        if (!options.length) {
            return;
        }
        active = (index + options.length) % options.length;
        for (var i = 0; i < options.length; i++) {
            options[i].setAttribute("aria-selected", i === active ? "true" : "false");
        }
        input.setAttribute("aria-activedescendant", options[active].id);
        options[active].scrollIntoView({ block: "nearest" });
    }

    function render(results) {
        items = results;
        list.textContent = "";
        results.forEach(function (item, i) {
            var option = document.createElement("li");
            option.id = listId + "-" + i;
            option.setAttribute("role", "option");
            option.setAttribute("aria-selected", "false");
            option.appendChild(document.createTextNode(item.title));
            if (item.type) {
                var type = document.createElement("span");
                type.className = "search-suggestions__type";
                type.textContent = item.type;
                option.appendChild(type);
            }
            option.addEventListener("mousedown", function (event) {
                event.preventDefault(); // keep focus in the input
            });
            option.addEventListener("click", function () {
                window.location.href = item.url;
            });
            list.appendChild(option);
        });
        status.textContent = statusText(results.length);
        active = -1;
        input.removeAttribute("aria-activedescendant");
        if (results.length) {
            open();
        } else {
            close();
        }
    }

    function fetchSuggestions() {
        var query = input.value.trim();
        if (query === lastQuery) {
            return;
        }
        lastQuery = query;
        if (query.length < 2) {
            render([]);
            status.textContent = "";
            return;
        }
        if (controller) {
            controller.abort();
        }
        controller = window.AbortController ? new AbortController() : null;
        var url = form.getAttribute("data-suggest-url") + "?q=" + encodeURIComponent(query);
        fetch(url, { headers: { Accept: "application/json" }, signal: controller ? controller.signal : undefined })
            .then(function (response) {
                return response.ok ? response.json() : { results: [] };
            })
            .then(function (data) {
                if (input.value.trim() === query) {
                    render(data.results || []);
                }
            })
            .catch(function () {
                // Aborted or offline: the plain form still works.
            });
    }

    input.addEventListener("input", function () {
        window.clearTimeout(timer);
        timer = window.setTimeout(fetchSuggestions, 150);
    });

    input.addEventListener("keydown", function (event) {
        switch (event.key) {
            case "ArrowDown":
                event.preventDefault();
                if (list.hidden) {
                    open();
                    highlight(0);
                } else {
                    highlight(active + 1);
                }
                break;
            case "ArrowUp":
                event.preventDefault();
                if (list.hidden) {
                    open();
                }
                highlight(active - 1);
                break;
            case "Enter":
                if (!list.hidden && active >= 0 && items[active]) {
                    event.preventDefault();
                    window.location.href = items[active].url;
                }
                break;
            case "Escape":
                if (!list.hidden) {
                    event.preventDefault();
                    close();
                } else if (input.value) {
                    event.preventDefault();
                    input.value = "";
                    lastQuery = "";
                    render([]);
                }
                break;
            case "Tab":
                close();
                break;
        }
    });

    input.addEventListener("blur", function () {
        window.setTimeout(close, 100);
    });
})();
