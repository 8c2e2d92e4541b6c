package dev.stepwise.sandbox;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionList;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.Buffer;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a real API server's manners in front of the fabric8 CRUD dispatcher: discovery documents,
 * the scale subresource, a clean answer to dry-run requests, and query parameters the mock cannot
 * parse removed, so stock {@code kubectl} works against it.
 */
final class SandboxDispatcher extends Dispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(SandboxDispatcher.class);
  static final String CRD_PATH = "/apis/apiextensions.k8s.io/v1/customresourcedefinitions";

  private final Dispatcher crud;
  private final Supplier<String> serverAddress;
  private final ScaleSubresource scale;
  private final EvictionSubresource eviction;
  private volatile RequestInterceptor interceptor = RequestInterceptor.NONE;

  SandboxDispatcher(Dispatcher crud, Supplier<String> serverAddress) {
    this.crud = crud;
    this.serverAddress = serverAddress;
    this.scale = new ScaleSubresource(this::forward, this::crds);
    this.eviction = new EvictionSubresource(this::forward);
  }

  void intercept(RequestInterceptor interceptor) {
    this.interceptor = interceptor;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    try {
      return switch (interceptor.intercept(RequestInterceptor.Request.of(request))) {
        case RequestInterceptor.Action.Handle h -> delayed(route(request), h.delay());
        case RequestInterceptor.Action.Refuse r ->
            delayed(status(r.code(), r.reason(), r.message()), r.delay());
      };
    } catch (RuntimeException e) {
      // an exception here leaves the client hanging: always answer
      LOG.warn("sandbox API server failed on {}", request.getRequestLine(), e);
      return status(500, "InternalError", String.valueOf(e.getMessage()));
    }
  }

  /** Vert.x refuses timers under 1 ms: only a real delay is set. */
  private static MockResponse delayed(MockResponse response, java.time.Duration delay) {
    return delay.isZero() ? response : response.setBodyDelay(delay);
  }

  private MockResponse route(RecordedRequest request) {
    RequestPath target = RequestPath.parse(request.getPath());
    HttpMethod method = request.method();
    if (method == HttpMethod.GET) {
      Optional<MockResponse> meta = metadata(target.path());
      if (meta.isPresent()) {
        return meta.get();
      }
    }
    if (method != HttpMethod.GET && target.query().containsKey("dryRun")) {
      return status(400, "BadRequest", "the sandbox API server does not support dry-run");
    }
    if (EvictionSubresource.isEvictionPath(target)) {
      return eviction.handle(method, target);
    }
    if (ScaleSubresource.isScalePath(target)) {
      return scale.handle(method, target, request.getUtf8Body());
    }
    if (method == HttpMethod.PATCH && MergePatch.applies(request.getHeader("Content-Type"))) {
      return MergePatch.apply(target, request.getUtf8Body(), this::forward);
    }
    MockResponse response =
        crud.dispatch(
            new RecordedRequest(
                request.getHttpVersion(),
                method,
                target.forMock(),
                request.getHeaders(),
                request.getBody()));
    if (method == HttpMethod.PATCH && response.code() == 202) {
      // a real server answers a completed PATCH with 200; the mock says 202
      response.setResponseCode(200);
    }
    return response;
  }

  private Optional<MockResponse> metadata(String path) {
    if (path.equals("/") || path.isEmpty()) {
      return Optional.of(
          json(200, "{\"paths\":[\"/api\",\"/api/v1\",\"/apis\",\"/openapi/v3\",\"/version\"]}"));
    }
    if (path.startsWith("/openapi/v3")) {
      return Optional.of(
          new OpenApiV3(Discovery.of(crds(), serverAddress.get()))
              .document(path)
              .map(doc -> json(200, doc))
              .orElseGet(() -> status(404, "NotFound", "the server could not find " + path)));
    }
    if (path.startsWith("/openapi/")) {
      // kubectl only needs OpenAPI v2 when v3 is missing
      return Optional.of(status(404, "NotFound", "the sandbox API server serves no OpenAPI v2"));
    }
    if (isDiscoveryPath(new RequestPath(path, java.util.Map.of()).segments())) {
      return Optional.of(
          Discovery.of(crds(), serverAddress.get())
              .document(path)
              .map(doc -> json(200, doc))
              .orElseGet(() -> status(404, "NotFound", "the server could not find " + path)));
    }
    return Optional.empty();
  }

  private static boolean isDiscoveryPath(List<String> segs) {
    if (segs.size() == 1) {
      return List.of("version", "api", "apis").contains(segs.get(0));
    }
    if (segs.get(0).equals("api")) {
      return segs.size() == 2;
    }
    return segs.get(0).equals("apis") && segs.size() <= 3;
  }

  /** The CRDs currently stored, read through the CRUD dispatcher. */
  List<CustomResourceDefinition> crds() {
    MockResponse list = forward(HttpMethod.GET, CRD_PATH, null, null);
    if (list.code() != 200 || list.getBody() == null) {
      return List.of();
    }
    String body = new String(list.getBody().getBytes(), StandardCharsets.UTF_8);
    CustomResourceDefinitionList crds =
        Serialization.unmarshal(body, CustomResourceDefinitionList.class);
    return crds.getItems() == null ? List.of() : crds.getItems();
  }

  /** Sends a request of our own to the CRUD dispatcher. */
  MockResponse forward(HttpMethod method, String path, String contentType, String body) {
    var headers = io.fabric8.mockwebserver.http.Headers.builder();
    if (contentType != null) {
      headers.add("Content-Type", contentType);
    }
    Buffer buffer = new Buffer();
    if (body != null) {
      buffer.writeUtf8(body);
    }
    return crud.dispatch(new RecordedRequest("HTTP/1.1", method, path, headers.build(), buffer));
  }

  static MockResponse json(int code, String body) {
    return new MockResponse()
        .setResponseCode(code)
        .setHeader("Content-Type", "application/json")
        .setBody(body);
  }

  static MockResponse status(int code, String reason, String message) {
    String body =
        "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\","
            + "\"message\":"
            + Serialization.asJson(message)
            + ",\"reason\":\""
            + reason
            + "\",\"code\":"
            + code
            + "}";
    return json(code, body);
  }
}
