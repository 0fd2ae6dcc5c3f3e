// Class names of form controls and messages, so every form looks and behaves the same (WCAG: visible borders, error state from aria-invalid).
export const inputClass =
  "block w-full rounded border-2 border-slate-600 px-3 py-2 aria-invalid:border-red-700 disabled:bg-slate-100";
export const smallInputClass = "block w-28 rounded border-2 border-slate-600 px-3 py-2 aria-invalid:border-red-700";
export const primaryButtonClass =
  "rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-75";
export const secondaryButtonClass =
  "rounded border-2 border-brand-700 bg-white px-3 py-1.5 font-semibold text-brand-700 hover:bg-slate-100 disabled:opacity-75 aria-disabled:cursor-not-allowed aria-disabled:border-slate-400 aria-disabled:text-slate-600";
export const dangerButtonClass =
  "rounded border-2 border-red-800 bg-white px-3 py-1.5 font-semibold text-red-800 hover:bg-red-50 disabled:opacity-75";
export const errorBoxClass = "rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900";
export const successBoxClass = "rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-900";
