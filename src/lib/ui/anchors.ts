/** Fragment ids shared by citations and the source list, so every citation lands on its entry. */
export const sourceAnchor = (id: string) => `source-${id}`;
