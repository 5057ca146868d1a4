package org.commonplace.platform.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/**
 * The JSON API for integrations, under /api; its OpenAPI description is at /openapi. Every
 * operation names the scheme below in a security requirement: the description is linted in CI.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Commonplace API",
            version = "1",
            description = "Case stories and search for healthcare improvement networks"),
    // relative: the API is where this description was fetched, whatever host a proxy shows
    servers = @Server(url = "/", description = "This portal"))
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description =
        "A personal API token (cp_...) made on the account page, or the operator's admin token."
            + " Reads also accept a signed-in browser session; writes need the token.")
public class CommonplaceApi extends Application {}
