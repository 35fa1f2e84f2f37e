package io.github.camelbitbucket.client;

/** Test access to the package-private status classification of {@link ErrorMapper}. */
public final class ErrorMapperAccess {

    private ErrorMapperAccess() {
    }

    public static BitbucketException.Reason reason(int status, String path, String message) {
        return ErrorMapper.reason(status, path, message, null);
    }
}
