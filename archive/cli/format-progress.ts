/** The CLI's indexing progress line: files, articles, rate and time left. */
import type { IndexProgress } from '../index-progress';

export function formatProgress(progress: IndexProgress): string {
  if (progress.phase === 'scanning') return 'Looking for new and changed files…';
  const parts = [`Indexed ${progress.filesDone} of ${progress.filesFound} files`, `${progress.articles} articles`];
  if (progress.filesPerSecond !== null) parts.push(`${Math.round(progress.filesPerSecond)} files/s`);
  if (progress.remainingMs !== null && progress.remainingMs > 0) parts.push(`about ${formatDuration(progress.remainingMs)} left`);
  return parts.join(', ');
}

function formatDuration(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}
