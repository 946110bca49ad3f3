/** The letter an option is shown with at a display position: 0 → A, 1 → B … */
export const optionLetter = (position: number) => String.fromCharCode(65 + position);
