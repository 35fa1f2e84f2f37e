package io.github.camelbitbucket.auth;

/**
 * The credential options of an endpoint, as one value (also the key of the component's client cache). Its
 * {@link #toString()} never shows a secret.
 */
public record Credentials(String clientId, String clientSecret, String refreshToken,
                          RefreshTokenStore refreshTokenStore, String refreshTokenFile, String accessToken,
                          String username, String apiToken, String tokenUrl) {

    static boolean set(String s) {
        return s != null && !s.isBlank();
    }

    @Override
    public String toString() {
        return "Credentials[clientId=" + clientId + ", username=" + username + ", tokenUrl=" + tokenUrl
               + ", secrets=***]";
    }
}
