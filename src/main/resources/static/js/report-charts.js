// The report page's two charts, drawn by Chart.js from the figures the page carries in
// <script type="application/json" id="report-chart-data"> (no inline script: the Content-Security-Policy
// allows scripts from the application only): each year's share of the awards per focus group, and the
// range's awards and eligible decisions per group.
(function () {
  'use strict';
  var source = document.getElementById('report-chart-data');
  if (!source || typeof Chart === 'undefined') {
    return;
  }
  var data = JSON.parse(source.textContent);
  var palette = ['#1f5fa8', '#c0392b', '#2e8b57', '#8e44ad', '#d68910', '#16a085', '#7f8c8d', '#a04000', '#2c3e50', '#b03a2e'];
  var shares = document.getElementById('chart-shares');
  var counts = document.getElementById('chart-counts');
  var common = { responsive: false, animation: false };
  if (shares) {
    new Chart(shares, {
      type: 'bar',
      data: {
        labels: data.groups,
        datasets: data.shares.map(function (series, i) {
          return { label: series.label, data: series.values, backgroundColor: palette[i % palette.length] };
        })
      },
      options: Object.assign({}, common, {
        plugins: { title: { display: true, text: data.sharesTitle } },
        scales: { y: { beginAtZero: true, suggestedMax: 100 } }
      })
    });
  }
  if (counts) {
    new Chart(counts, {
      type: 'bar',
      data: {
        labels: data.groups,
        datasets: [
          { label: data.awarded.label, data: data.awarded.values, backgroundColor: palette[0] },
          { label: data.eligible.label, data: data.eligible.values, backgroundColor: palette[6] }
        ]
      },
      options: Object.assign({}, common, {
        plugins: { title: { display: true, text: data.countsTitle } },
        scales: { y: { beginAtZero: true } }
      })
    });
  }
}());
