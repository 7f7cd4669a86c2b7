// Progressive enhancement over htmx: where focus goes after a swap, one status region that
// announces what happened, htmx errors said aloud, a guard against leaving with unsaved typing,
// and a warning before the idle sign-out. Without JavaScript every form still works as a page.
(function () {
  "use strict";

  function status(text) {
    var region = document.getElementById("status");
    if (!region || !text) return;
    region.textContent = "";
    // A fresh node so screen readers announce the same words twice in a row.
    window.setTimeout(function () { region.textContent = text; }, 50);
  }

  function focusOn(element) {
    if (!element) return;
    if (!element.hasAttribute("tabindex") && !/^(A|BUTTON|INPUT|SELECT|TEXTAREA)$/.test(element.tagName)) {
      element.setAttribute("tabindex", "-1");
    }
    element.focus({ preventScroll: true });
    element.scrollIntoView({ block: "nearest" });
  }

  // --- Unsaved changes -------------------------------------------------------------------------
  var dirty = new Set();

  function watched(form) {
    return form && form.method && form.method.toLowerCase() === "post" && !form.hasAttribute("data-no-guard");
  }

  document.addEventListener("input", function (event) {
    var form = event.target.form;
    if (watched(form)) dirty.add(form);
  });
  document.addEventListener("change", function (event) {
    var form = event.target.form;
    if (watched(form)) dirty.add(form);
  });
  document.addEventListener("submit", function (event) { dirty.delete(event.target); });
  window.addEventListener("beforeunload", function (event) {
    dirty.forEach(function (form) { if (!form.isConnected) dirty.delete(form); });
    if (dirty.size) {
      event.preventDefault();
      event.returnValue = "";
    }
  });

  // --- After a swap: focus and announce --------------------------------------------------------
  document.addEventListener("htmx:beforeRequest", function (event) {
    var form = event.detail.elt.closest ? event.detail.elt.closest("form") : null;
    if (form) dirty.delete(form);
  });

  // htmx settles each element it swapped in, the out-of-band ones too (the step list, the
  // guidance): only the element that replaced the request's own target moves focus.
  document.addEventListener("htmx:afterSettle", function (event) {
    var settled = event.target;
    var target = event.detail.target;
    if (!(settled instanceof Element) || !target || !settled.id || settled.id !== target.id) return;
    afterSwap(settled);
  });

  function afterSwap(swapped) {
    var summary = swapped.querySelector(".error-summary");
    if (summary) {
      focusOn(summary);
      var first = summary.querySelector("li") || summary;
      status("Not saved. " + first.textContent.trim());
      return;
    }
    if (swapped.matches("[data-opened]")) {
      var field = swapped.querySelector("form input:not([type=hidden]), form select, form textarea");
      focusOn(field || swapped);
      status("Editing. Save or cancel below the form.");
      return;
    }
    var said = swapped.matches("[data-status]") ? swapped : swapped.querySelector("[data-status], .saved");
    if (said) {
      focusOn(said);
      status(said.getAttribute("data-status") || said.textContent.trim());
      return;
    }
    focusOn(swapped.querySelector("h2, h3") || swapped);
  }

  // A refused or failed request swaps nothing: it is said, and the typing stays.
  document.addEventListener("htmx:beforeSwap", function (event) {
    var xhr = event.detail.xhr;
    if (xhr.status >= 400) {
      event.detail.shouldSwap = false;
      showProblem(xhr.status, event.detail.requestConfig && event.detail.requestConfig.elt);
    }
  });
  document.addEventListener("htmx:sendError", function (event) {
    showProblem(0, event.detail.requestConfig && event.detail.requestConfig.elt);
  });

  function showProblem(code, source) {
    var form = source && source.closest ? source.closest("form") : null;
    if (form) {
      keepTyping(form);
      dirty.add(form);
    }
    var text;
    if (code === 403) {
      text = "This wasn't saved: your sign-in changed (perhaps in another tab). Reload the page; your typing is kept.";
    } else if (code === 404) {
      text = "This wasn't saved: it no longer exists, or you no longer have access to it. Reload the page to see what is there now.";
    } else if (code === 503) {
      text = "This wasn't saved: Coverage Guide is busy for a moment. Try again in a few seconds; your typing is still in the form.";
    } else if (code === 0) {
      text = "This wasn't saved: we couldn't reach Coverage Guide. Check your connection and try again; your typing is still in the form.";
    } else {
      text = "This wasn't saved: something went wrong on our side. Try again in a moment; your typing is still in the form.";
    }
    var box = document.getElementById("request-problem");
    box.querySelector("p").textContent = text;
    box.hidden = false;
    focusOn(box);
    status(text);
  }

  // --- Typing kept across a reload (after a 403 from a stale sign-in) -------------------------
  var KEPT = "coverage-guide-kept";

  function keepTyping(form) {
    var fields = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.type === "hidden" || el.type === "password" || el.type === "file") return;
      if ((el.type === "radio" || el.type === "checkbox") && !el.checked) return;
      fields[el.name] = el.value;
    });
    try {
      sessionStorage.setItem(KEPT, JSON.stringify({ path: location.pathname, fields: fields }));
    } catch (e) { /* storage off: the form still holds the typing until the page is left */ }
  }

  function restoreTyping() {
    var kept;
    try {
      kept = JSON.parse(sessionStorage.getItem(KEPT) || "null");
      sessionStorage.removeItem(KEPT);
    } catch (e) { return; }
    if (!kept || kept.path !== location.pathname) return;
    var restored = 0;
    Object.keys(kept.fields).forEach(function (name) {
      document.querySelectorAll("[name='" + CSS.escape(name) + "']").forEach(function (el) {
        if (el.type === "radio" || el.type === "checkbox") {
          el.checked = el.value === kept.fields[name];
        } else {
          el.value = kept.fields[name];
        }
        if (el.form) dirty.add(el.form);
        restored += 1;
      });
    });
    if (restored) status("We put back what you typed before the reload. Check it, then save.");
  }

  // --- Idle sign-out warning -------------------------------------------------------------------
  var idleTimer = null;

  function armIdleWarning() {
    var dialog = document.getElementById("idle-warning");
    if (!dialog) return;
    var seconds = parseInt(dialog.getAttribute("data-idle-seconds"), 10);
    window.clearTimeout(idleTimer);
    idleTimer = window.setTimeout(function () {
      dialog.hidden = false;
      focusOn(dialog.querySelector("button"));
      status(dialog.querySelector("p").textContent);
    }, Math.max(seconds - 120, 30) * 1000);
  }

  document.addEventListener("htmx:afterRequest", function (event) {
    if (event.detail.successful) armIdleWarning();
  });

  document.addEventListener("click", function (event) {
    var stay = event.target.closest("[data-stay-signed-in]");
    if (!stay) return;
    event.preventDefault();
    var dialog = document.getElementById("idle-warning");
    var token = document.querySelector("[name=csrfmiddlewaretoken]");
    fetch(stay.getAttribute("data-stay-signed-in"), {
      method: "POST",
      credentials: "same-origin",
      headers: { "X-CSRFToken": token ? token.value : "" },
    }).then(function (response) {
      if (response.ok) {
        dialog.hidden = true;
        status("You're still signed in.");
        armIdleWarning();
      } else {
        showProblem(response.status, null);
      }
    }, function () { showProblem(0, null); });
  });

  // --- Character limits: a live count beside each limited field ---------------------------
  function count(field) {
    var limit = parseInt(field.getAttribute("data-limit"), 10);
    var shown = document.getElementById(field.id + "-count");
    if (!shown) {
      shown = document.createElement("p");
      shown.id = field.id + "-count";
      shown.className = "hint char-count";
      field.insertAdjacentElement("afterend", shown);
      var described = (field.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
      described.push(shown.id);
      field.setAttribute("aria-describedby", described.join(" "));
    }
    var over = field.value.length - limit;
    var wasOver = shown.classList.contains("char-count--over");
    shown.textContent = over > 0
      ? over.toLocaleString() + (over === 1 ? " character" : " characters") + " too many"
      : (limit - field.value.length).toLocaleString() + " of " + limit.toLocaleString() + " characters left";
    shown.classList.toggle("char-count--over", over > 0);
    if (over > 0 !== wasOver && document.activeElement === field) status(shown.textContent);
  }

  function countAll(root) {
    root.querySelectorAll("textarea[data-limit], input[data-limit]").forEach(function (field) {
      if (field.tagName === "TEXTAREA" || parseInt(field.getAttribute("data-limit"), 10) >= 200) count(field);
    });
  }

  document.addEventListener("input", function (event) {
    if (event.target.matches && event.target.matches("[data-limit]") && document.getElementById(event.target.id + "-count")) {
      count(event.target);
    }
  });
  document.addEventListener("htmx:load", function (event) { countAll(event.detail.elt); });

  // Sign-up: the time zone preset from the browser's own, when the list has it.
  function presetTimeZone() {
    var zone;
    try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { return; }
    document.querySelectorAll("select[data-browser-time-zone]").forEach(function (select) {
      if (zone && select.querySelector("option[value='" + CSS.escape(zone) + "']")) select.value = zone;
    });
  }

  function start() {
    presetTimeZone();
    countAll(document);
    restoreTyping();
    armIdleWarning();
    var saved = document.querySelector(".saved[role=status]");
    if (saved && location.hash) focusOn(saved);
    var summary = document.querySelector(".error-summary");
    if (summary) focusOn(summary);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
