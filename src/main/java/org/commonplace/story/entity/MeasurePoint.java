package org.commonplace.story.entity;

import java.time.LocalDate;

/** One value of a measure, on the day it describes (a month's value on its last day, say). */
public record MeasurePoint(LocalDate date, double value) {}
