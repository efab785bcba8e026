// The pair page's chart: one metric over periods, actual and target values, sources that
// disagree marked. Data comes from the page's JSON block (the /api/pairs/A/B "figures").
(function () {
  var box = document.getElementById("chart");
  var data = document.getElementById("figures-data");
  if (!box || !data || typeof uPlot === "undefined") return;
  var points = JSON.parse(data.textContent);
  // the metric and currency with most points (trade turnover first on a tie)
  var counts = {};
  points.forEach(function (p) { var k = p.metric + " " + p.currency; counts[k] = (counts[k] || 0) + (p.metric === "trade_turnover" ? 1.5 : 1); });
  var best = Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a]; })[0];
  if (!best) return;
  var chosen = points.filter(function (p) { return p.metric + " " + p.currency === best; });
  var periods = Array.from(new Set(chosen.map(function (p) { return p.period || "?"; }))).sort();
  function series(kind) {
    return periods.map(function (per) {
      var p = chosen.find(function (x) { return (x.period || "?") === per && x.kind === kind; });
      return p ? p.value : null;
    });
  }
  var conflicts = periods.map(function (per) {
    var p = chosen.find(function (x) { return (x.period || "?") === per && x.conflict; });
    return p ? p.max : null;
  });
  var xs = periods.map(function (_, i) { return i; });
  var fmt = new Intl.NumberFormat(document.documentElement.lang, { notation: "compact", maximumFractionDigits: 1 });
  var opts = {
    title: best, width: Math.min(box.clientWidth || 800, 1000), height: 300,
    scales: { x: { time: false } },
    axes: [
      { splits: function () { return xs; }, values: function (u, vals) { return vals.map(function (v) { return periods[v] !== undefined ? periods[v] : ""; }); } },
      { values: function (u, vals) { return vals.map(function (v) { return fmt.format(v); }); }, size: 70 }
    ],
    series: [
      {},
      { label: box.dataset.actual, stroke: "#1f5fa8", width: 2, points: { size: 8 } },
      { label: box.dataset.target, stroke: "#2e9d5b", width: 2, dash: [6, 4], points: { size: 8 } },
      { label: box.dataset.forecast, stroke: "#999", width: 1, dash: [2, 4], points: { size: 6 } },
      { label: "⚠ " + box.dataset.conflict, stroke: "#d2405a", width: 0, points: { size: 14, width: 3, fill: "transparent" } }
    ]
  };
  new uPlot(opts, [xs, series("actual"), series("target"), series("forecast"), conflicts], box);
})();
