package org.commonplace.platform.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The JSON API for integrations, under /api; its OpenAPI description is at /openapi. */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Commonplace API",
            version = "1",
            description = "Case stories and search for healthcare improvement networks"))
public class CommonplaceApi extends Application {}
