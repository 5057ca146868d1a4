package org.commonplace.story.entity;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One value of a measure, on the day it describes (a month's value on its last day, say). */
public record MeasurePoint(
    @Schema(type = SchemaType.STRING, format = "date") LocalDate date, double value) {}
