// Chart.js (WebJar, global Chart) charts that replace the previous chart on the same canvas.
/* global Chart */

const charts = new Map();
const colours = ['#c0392b', '#2471a3', '#229954', '#d68910', '#7d3c98', '#17a589', '#839192', '#a04000'];

export function draw(canvasId, type, labels, datasets, options = {}) {
  charts.get(canvasId)?.destroy();
  const canvas = document.getElementById(canvasId);
  canvas.hidden = false;
  const chart = new Chart(canvas, {
    type,
    data: { labels, datasets: datasets.map((d, i) => ({
      backgroundColor: type === 'doughnut' ? colours : colours[i % colours.length],
      borderColor: type === 'doughnut' ? '#fff' : colours[i % colours.length], ...d })) },
    options: { responsive: true, maintainAspectRatio: true, aspectRatio: type === 'doughnut' ? 1.6 : 2,
      animation: false, ...options },
  });
  charts.set(canvasId, chart);
  return chart;
}
