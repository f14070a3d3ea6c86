export interface ProgressState {
  label: string;
  done: number;
  total: number;
}

/** A progress bar with its text, announced politely to screen readers. */
export function Progress({ state }: { state: ProgressState }) {
  return (
    <div class="progress" role="status" data-library-progress>
      <progress value={state.done} max={Math.max(state.total, 1)} aria-label={state.label} />
      <span>{state.label}</span>
    </div>
  );
}
