/** Names the reader's pieces share; its own module so the up-front scripts import nothing else. */

/** sessionStorage key for text handed from the header search box to the reader. */
export const HANDOFF_KEY = 'smtp-codes:reader-paste';
/** The URL fragment parameter that carries a shared diagnosis: #r=… */
export const FRAGMENT_KEY = 'r';
