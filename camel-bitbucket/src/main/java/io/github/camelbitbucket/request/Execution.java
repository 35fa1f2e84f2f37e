package io.github.camelbitbucket.request;

/** How an operation runs: the producer and the endpoint dispatch on it once, nothing else special-cases a name. */
public enum Execution {
    /** A contract call with a JSON answer bound to the operation's model (or a page of them). */
    JSON_ACTION,
    /** A JSON call whose 202 names a background task to follow (a merge, live row 14). */
    MERGE,
    /** A file or log as stored: text as String (always, for a String item type), other content as byte[]. */
    CONTENT,
    /** commitFiles: a multipart form; the answer's Location names the new commit (the body). */
    COMMIT_FILES,
    /** httpRequest: any documented call, method, path and body from options or headers, the answer as sent. */
    RAW_HTTP,
    /** The OAuth install callback: the code goes to the token endpoint, by the credential mode that keeps it. */
    AUTH_CODE_EXCHANGE,
    /** The installed accounts of the connection store: consent URL, list, get, remove. */
    CONNECTIONS,
    /** A trigger that polls its collection (and, with delivery=webhook or both, takes its webhook events). */
    POLLED_TRIGGER,
    /** The generic webhook trigger: any event key, received only. */
    WEBHOOK_TRIGGER
}
