import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js'
import { useEffect, useRef } from 'preact/hooks'
import { QUAD_LABELS } from '../format.js'
import type { MonthPoint } from '../types.js'

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
)

export const QUAD_COLOURS = ['#7fb3d5', '#2e86c1', '#f5b041', '#cb4335'] as const

/**
 * Cooperation above the axis and conflict below it, stacked by QuadClass, month by
 * month, with the mean Goldstein weight as a line on its own scale (−10 … +10).
 */
export function SeriesChart({ series }: { series: readonly MonthPoint[] }) {
  const canvas = useRef<HTMLCanvasElement>(null)
  useEffect(() => {
    if (!canvas.current) return
    const chart = new Chart(canvas.current, {
      data: {
        labels: series.map((m) => m.month),
        datasets: [
          ...QUAD_LABELS.map((label, q) => ({
            type: 'bar' as const,
            label,
            data: series.map((m) => (q < 2 ? m.quadClass[q] : -(m.quadClass[q] ?? 0)) as number),
            backgroundColor: QUAD_COLOURS[q],
            stack: 'events',
            yAxisID: 'y',
            order: 2,
          })),
          {
            type: 'line' as const,
            label: 'Mean Goldstein',
            data: series.map((m) => (m.events ? m.meanGoldstein : null)),
            borderColor: '#222',
            backgroundColor: '#222',
            borderWidth: 2,
            pointRadius: 3,
            spanGaps: false,
            yAxisID: 'goldstein',
            order: 1,
          },
        ],
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        interaction: { mode: 'index', intersect: false },
        scales: {
          x: { stacked: true },
          y: {
            stacked: true,
            title: { display: true, text: 'events (conflict below 0)' },
            ticks: { precision: 0, callback: (v) => Math.abs(Number(v)) },
          },
          goldstein: {
            position: 'right',
            min: -10,
            max: 10,
            grid: { drawOnChartArea: false },
            title: { display: true, text: 'mean Goldstein' },
          },
        },
        plugins: {
          legend: { position: 'bottom' },
          tooltip: {
            callbacks: {
              label: (item) =>
                item.dataset.yAxisID === 'goldstein'
                  ? `Mean Goldstein: ${item.raw}`
                  : `${item.dataset.label}: ${Math.abs(Number(item.raw))}`,
            },
          },
        },
      },
    })
    return () => chart.destroy()
  }, [series])

  const total = series.reduce((n, m) => n + m.events, 0)
  return (
    <figure class="series">
      <div class="chart-box">
        <canvas
          ref={canvas}
          role="img"
          aria-label={`Cooperation and conflict by month: ${total} events over ${series.length} months`}
          data-months={series.length}
          data-events={total}
        />
      </div>
      <details>
        <summary>The numbers</summary>
        <table class="numbers">
          <thead>
            <tr>
              <th>month</th>
              {QUAD_LABELS.map((l) => (
                <th key={l}>{l}</th>
              ))}
              <th>mean Goldstein</th>
            </tr>
          </thead>
          <tbody>
            {series.map((m) => (
              <tr key={m.month}>
                <td>{m.month}</td>
                {m.quadClass.map((n, i) => (
                  <td key={QUAD_LABELS[i]}>{n}</td>
                ))}
                <td>{m.events ? m.meanGoldstein : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  )
}
