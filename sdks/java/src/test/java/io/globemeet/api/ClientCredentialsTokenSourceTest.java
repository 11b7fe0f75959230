package io.globemeet.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs the token source against a token endpoint on 127.0.0.1 with a clock the test moves. */
class ClientCredentialsTokenSourceTest {
  private HttpServer server;
  private final List<JsonObject> requests = Collections.synchronizedList(new ArrayList<>());
  private volatile int status = 200;
  private volatile long expiresIn = 3600;
  private final MovableClock clock = new MovableClock(Instant.parse("2026-12-04T12:00:00Z"));

  @BeforeEach
  void startTokenEndpoint() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/v1/oauth/token", this::respond);
    server.start();
  }

  @AfterEach
  void stopTokenEndpoint() {
    server.stop(0);
  }

  private void respond(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    requests.add(JsonParser.parseString(body).getAsJsonObject());
    String response = status == 200
        ? "{\"access_token\":\"token-" + requests.size() + "\",\"token_type\":\"Bearer\","
            + "\"expires_in\":" + expiresIn + "}"
        : "{\"error\":\"invalid_client\",\"error_description\":\"unknown client or wrong secret\"}";
    byte[] bytes = response.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private ClientCredentialsTokenSource tokenSource() {
    URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/oauth/token");
    return new ClientCredentialsTokenSource(uri, "acme", "secret-1", HttpClient.newHttpClient(), clock);
  }

  @Test
  void sendsClientCredentialsGrant() {
    tokenSource().token();

    assertEquals(1, requests.size());
    JsonObject request = requests.get(0);
    assertEquals("client_credentials", request.get("grant_type").getAsString());
    assertEquals("acme", request.get("client_id").getAsString());
    assertEquals("secret-1", request.get("client_secret").getAsString());
  }

  @Test
  void reusesTokenUntilRefreshMargin() {
    ClientCredentialsTokenSource tokens = tokenSource();
    assertEquals("token-1", tokens.token());

    clock.advance(Duration.ofSeconds(3600 - 61));
    assertEquals("token-1", tokens.token());
    assertEquals(1, requests.size());

    clock.advance(Duration.ofSeconds(1));
    assertEquals("token-2", tokens.token());
    assertEquals(2, requests.size());
  }

  @Test
  void refreshesShortTokenAtHalfLifetime() {
    expiresIn = 60;
    ClientCredentialsTokenSource tokens = tokenSource();
    assertEquals("token-1", tokens.token());

    clock.advance(Duration.ofSeconds(29));
    assertEquals("token-1", tokens.token());

    clock.advance(Duration.ofSeconds(1));
    assertEquals("token-2", tokens.token());
  }

  @Test
  void invalidateFetchesNewToken() {
    ClientCredentialsTokenSource tokens = tokenSource();
    assertEquals("token-1", tokens.token());

    tokens.invalidate();

    assertEquals("token-2", tokens.token());
  }

  @Test
  void rejectedCredentialsRaiseTokenException() {
    status = 401;
    ClientCredentialsTokenSource.TokenException e =
        assertThrows(ClientCredentialsTokenSource.TokenException.class, tokenSource()::token);

    assertEquals(401, e.httpStatus());
    assertEquals("invalid_client", e.oauthError());
    assertTrue(e.getMessage().contains("client acme"), e.getMessage());
    assertTrue(e.getMessage().contains("unknown client or wrong secret"), e.getMessage());
  }

  @Test
  void unreachableEndpointRaisesTokenException() {
    ClientCredentialsTokenSource tokens = tokenSource();
    server.stop(0);

    ClientCredentialsTokenSource.TokenException e =
        assertThrows(ClientCredentialsTokenSource.TokenException.class, tokens::token);

    assertEquals(0, e.httpStatus());
  }

  /** A clock that does not move until the test advances it. */
  private static final class MovableClock extends Clock {
    private volatile Instant now;

    MovableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("the test clock is always UTC");
    }
  }
}
