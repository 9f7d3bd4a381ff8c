import type nlp from 'compromise';

/** compromise's plugin shape (its package does not export the type by name). */
export type Plugin = Parameters<typeof nlp.plugin>[0];

/** compromise's document view; used only inside `nlp/`. */
export type View = ReturnType<typeof nlp>;
