// Marks for the timeline under the player: clicks, window changes and custom (app) events,
// each at its offset from the replay's start. Pure: events in, marks out.
(function () {
  'use strict';
  var FULL_SNAPSHOT = 2, INCREMENTAL = 3, META = 4, CUSTOM = 5;
  var MUTATION = 0, MOUSE_INTERACTION = 2, VIEWPORT_RESIZE = 4;
  var CLICK = 2;

  function isWindow(node) {
    return node && node.type === 2 && node.attributes && node.attributes['data-td-kind'] === 'window';
  }

  // Every window element in a serialized subtree: [{id, title}].
  function windowsIn(root) {
    var found = [], stack = [root];
    while (stack.length) {
      var node = stack.pop();
      if (!node) continue;
      if (isWindow(node)) found.push({ id: node.id, title: windowTitle(node) });
      (node.childNodes || []).forEach(function (child) { stack.push(child); });
    }
    return found;
  }

  function windowTitle(node) {
    var bar = (node.childNodes || []).find(function (c) {
      return c.type === 2 && c.attributes && (' ' + (c.attributes['class'] || '') + ' ').indexOf(' tb ') >= 0;
    });
    var text = bar ? (bar.childNodes || []).filter(function (c) { return c.type === 3; })
      .map(function (c) { return c.textContent; }).join('').trim() : '';
    return text || (node.attributes['data-td-class'] || 'window');
  }

  function marks(events) {
    if (!events.length) return [];
    var start = events[0].timestamp;
    var windows = new Map();   // node id -> title, for windows on screen
    var out = [];
    function add(kind, e, label) { out.push({ kind: kind, offset: Math.max(0, e.timestamp - start), label: label }); }
    events.forEach(function (e, index) {
      var d = e.data || {};
      if (e.type === FULL_SNAPSHOT) {
        windows.clear();
        windowsIn(d.node).forEach(function (w) { windows.set(w.id, w.title); });
      } else if (e.type === META && index > 0) {
        add('window', e, 'viewport ' + d.width + '×' + d.height);
      } else if (e.type === CUSTOM) {
        add('custom', e, String(d.tag || 'event'));
      } else if (e.type === INCREMENTAL) {
        if (d.source === MOUSE_INTERACTION && d.type === CLICK) {
          add('click', e, 'click at ' + Math.round(d.x) + ',' + Math.round(d.y));
        } else if (d.source === VIEWPORT_RESIZE) {
          add('window', e, 'viewport ' + d.width + '×' + d.height);
        } else if (d.source === MUTATION) {
          (d.removes || []).forEach(function (r) {
            if (windows.has(r.id)) {
              add('window', e, 'closed: ' + windows.get(r.id));
              windows.delete(r.id);
            }
          });
          (d.adds || []).forEach(function (a) {
            windowsIn(a.node).forEach(function (w) {
              windows.set(w.id, w.title);
              add('window', e, 'opened: ' + w.title);
            });
          });
        }
      }
    });
    return out;
  }

  // The session's largest viewport: max over Meta and ViewportResize.
  function largestViewport(events) {
    var width = 0, height = 0;
    events.forEach(function (e) {
      var d = e.data || {};
      if (e.type === META || (e.type === INCREMENTAL && d.source === VIEWPORT_RESIZE)) {
        width = Math.max(width, d.width || 0);
        height = Math.max(height, d.height || 0);
      }
    });
    return { width: width || 1024, height: height || 768 };
  }

  window.tdTimeline = { marks: marks, largestViewport: largestViewport };
})();
