package io.globemeet.api;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Fetches access tokens with the OAuth 2.0 client credentials grant and caches each one until
 * shortly before it expires: 60 seconds, and never more than half its lifetime. Safe to share
 * between threads; concurrent callers wait for one request.
 */
public final class ClientCredentialsTokenSource {
  private static final Duration REFRESH_MARGIN = Duration.ofSeconds(60);
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final URI tokenUri;
  private final String clientId;
  private final String clientSecret;
  private final HttpClient http;
  private final Clock clock;
  private String token;
  private Instant refreshAt = Instant.MIN;

  public ClientCredentialsTokenSource(URI tokenUri, String clientId, String clientSecret) {
    this(tokenUri, clientId, clientSecret, HttpClient.newBuilder().connectTimeout(TIMEOUT).build(),
        Clock.systemUTC());
  }

  ClientCredentialsTokenSource(
      URI tokenUri, String clientId, String clientSecret, HttpClient http, Clock clock) {
    this.tokenUri = tokenUri;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.http = http;
    this.clock = clock;
  }

  /** Returns a valid access token, fetching a new one when the cached one is about to expire. */
  public synchronized String token() {
    if (token == null || !clock.instant().isBefore(refreshAt)) {
      fetch();
    }
    return token;
  }

  /** Forgets the cached token, so that the next call fetches a new one. */
  public synchronized void invalidate() {
    token = null;
  }

  private void fetch() {
    JsonObject body = new JsonObject();
    body.addProperty("client_id", clientId);
    body.addProperty("client_secret", clientSecret);
    body.addProperty("grant_type", "client_credentials");
    HttpRequest request = HttpRequest.newBuilder(tokenUri)
        .timeout(TIMEOUT)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
        .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new TokenException("could not reach the token endpoint " + tokenUri + ": " + e, 0, null, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TokenException("interrupted while fetching a token from " + tokenUri, 0, null, e);
    }
    JsonObject answer = parse(response.body());
    String accessToken = string(answer, "access_token");
    if (response.statusCode() / 100 != 2 || accessToken == null) {
      String error = string(answer, "error");
      String description = string(answer, "error_description");
      throw new TokenException("the token endpoint " + tokenUri + " responded with " + response.statusCode()
          + " " + (error == null ? "without a token" : error)
          + (description == null ? "" : ": " + description)
          + " for client " + clientId + "; check the client id and secret",
          response.statusCode(), error, null);
    }
    long lifetime = answer.has("expires_in") ? answer.get("expires_in").getAsLong() : 3600;
    Duration life = Duration.ofSeconds(lifetime > 0 ? lifetime : 3600);
    Duration margin = REFRESH_MARGIN.compareTo(life.dividedBy(2)) < 0 ? REFRESH_MARGIN : life.dividedBy(2);
    token = accessToken;
    refreshAt = clock.instant().plus(life).minus(margin);
  }

  private static JsonObject parse(String body) {
    try {
      JsonElement element = JsonParser.parseString(body);
      return element.isJsonObject() ? element.getAsJsonObject() : new JsonObject();
    } catch (JsonParseException e) {
      return new JsonObject();
    }
  }

  private static String string(JsonObject object, String name) {
    JsonElement value = object.get(name);
    return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
  }

  /** The token endpoint refused the credentials or could not be reached. */
  public static final class TokenException extends RuntimeException {
    private final int httpStatus;
    private final String oauthError;

    TokenException(String message, int httpStatus, String oauthError, Throwable cause) {
      super(message, cause);
      this.httpStatus = httpStatus;
      this.oauthError = oauthError;
    }

    /** The HTTP status, or 0 when no response arrived. */
    public int httpStatus() {
      return httpStatus;
    }

    /** The OAuth error code, such as {@code invalid_client}, or null. */
    public String oauthError() {
      return oauthError;
    }
  }
}
