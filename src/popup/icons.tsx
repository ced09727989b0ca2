/** Small inline icons (SVG, no icon font): decorative, so the buttons carry the accessible names. */
const svg = (path: preact.ComponentChildren) => (
  <svg
    viewBox="0 0 16 16"
    width="16"
    height="16"
    aria-hidden="true"
    focusable="false"
    fill="none"
    stroke="currentColor"
    stroke-width="1.6"
    stroke-linecap="round"
    stroke-linejoin="round"
  >
    {path}
  </svg>
);
export const SaveIcon = () => svg(<path d="M4 2.5h8v11l-4-2.8-4 2.8z" />);
export const SavedIcon = () => svg(<path d="M4 2.5h8v11l-4-2.8-4 2.8z" fill="currentColor" />);
export const CompareIcon = () =>
  svg(
    <>
      <path d="M2.5 5h9l-2.5-2.5" />
      <path d="M13.5 11h-9l2.5 2.5" />
    </>,
  );
export const EditIcon = () => svg(<path d="M10.5 2.5l3 3-8 8h-3v-3z" />);
