package org.cxworkbench.web.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.cxworkbench.web.internal.http.ApiResource.Route;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Routing: the route of a method and path, its path parameters, and 404 (no such path) versus 405 (wrong method). */
class RouterTest {

    private final Route list = route("GET", "/strategies");
    private final Route create = route("POST", "/strategies");
    private final Route get = route("GET", "/strategies/{id}");
    private final Route entity = route("GET", "/strategies/{id}/entities/{noun}/{eid}");
    private final Route patch = route("PATCH", "/strategies/{id}/entities/{noun}/{eid}");
    private final Route delete = route("DELETE", "/strategies/{id}/entities/{noun}/{eid}");
    private Router router;

    @BeforeEach
    void routes() {
        router = new Router();
        router.add(List.of(list, create, get));
        router.add(List.of(entity, patch, delete));
    }

    @Test
    void findsTheRouteOfMethodAndPath() throws ApiError {
        assertSame(list, router.find("GET", "/strategies").route());
        assertSame(create, router.find("POST", "/strategies").route());
        assertSame(get, router.find("GET", "/strategies/acme").route());
        assertSame(patch, router.find("PATCH", "/strategies/acme/entities/goal/goal-3").route());
        assertSame(delete, router.find("DELETE", "/strategies/acme/entities/goal/goal-3").route());
    }

    @Test
    void pathParametersAreNamedByTheirBraces() throws ApiError {
        Router.Match match = router.find("GET", "/strategies/acme-2027/entities/touchpoint/touchpoint-12");
        assertEquals(Map.of("id", "acme-2027", "noun", "touchpoint", "eid", "touchpoint-12"), match.parameters());
        assertEquals(Map.of(), router.find("GET", "/strategies").parameters());
    }

    @Test
    void leadingAndTrailingSlashesDoNotMatter() throws ApiError {
        assertSame(get, router.find("GET", "/strategies/acme/").route());
        assertSame(list, router.find("GET", "strategies").route());
        assertEquals("acme", router.find("GET", "//strategies/acme//").parameters().get("id"));
    }

    @Test
    void unknownPathIs404() {
        ApiError unknown = assertThrows(ApiError.class, () -> router.find("GET", "/nothing/here"));
        assertEquals(404, unknown.status());
        assertTrue(unknown.getMessage().contains("/api/nothing/here"), unknown.getMessage());
        // a parameter matches one segment only: one more or one less is another path
        assertEquals(404, assertThrows(ApiError.class, () -> router.find("GET", "/strategies/acme/extra")).status());
        assertEquals(404, assertThrows(ApiError.class, () -> router.find("GET", "/strategies/acme/entities/goal"))
                .status());
        assertEquals(404, assertThrows(ApiError.class, () -> router.find("GET", null)).status());
        assertEquals(404, assertThrows(ApiError.class, () -> router.find("GET", "/")).status());
    }

    @Test
    void knownPathWithAnotherMethodIs405ListingTheAllowedOnes() {
        ApiError wrongMethod = assertThrows(ApiError.class, () -> router.find("PUT", "/strategies/acme/entities/goal/g1"));
        assertEquals(405, wrongMethod.status());
        assertEquals(List.of("GET", "PATCH", "DELETE"), wrongMethod.details().get("allowed"));
        assertTrue(wrongMethod.getMessage().contains("PUT is not allowed on /api/strategies/acme/entities/goal/g1"),
                wrongMethod.getMessage());

        ApiError deleteAll = assertThrows(ApiError.class, () -> router.find("DELETE", "/strategies"));
        assertEquals(405, deleteAll.status());
        assertEquals(List.of("GET", "POST"), deleteAll.details().get("allowed"));
    }

    @Test
    void methodsAreMatchedExactly() {
        ApiError lowerCase = assertThrows(ApiError.class, () -> router.find("get", "/strategies"));
        assertEquals(405, lowerCase.status());
    }

    @Test
    void removedRoutesAreGoneAndListedRoutesFollow() throws ApiError {
        assertEquals(6, router.routes().size());
        router.remove(List.of(entity, patch, delete));
        assertEquals(List.of(list, create, get), router.routes());
        assertEquals(404, assertThrows(ApiError.class,
                () -> router.find("PATCH", "/strategies/acme/entities/goal/goal-3")).status());
        assertSame(get, router.find("GET", "/strategies/acme").route());
    }

    @Test
    void aLiteralSegmentDoesNotMatchAnotherWord() throws ApiError {
        router.add(List.of(route("GET", "/strategies/{id}/status")));
        assertEquals(404, assertThrows(ApiError.class, () -> router.find("GET", "/strategies/acme/statuses")).status());
        assertEquals("acme", router.find("GET", "/strategies/acme/status").parameters().get("id"));
    }

    private static Route route(String method, String path) {
        return new Route(method, path, method + " " + path, request -> path);
    }
}
