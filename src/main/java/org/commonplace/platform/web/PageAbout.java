package org.commonplace.platform.web;

/**
 * Fired by a page before it reads what it is about (a thread, a story), so that features which show
 * something beside it (the follow button) can ask for their records to be read in the same round
 * trip as the page's own ({@link org.commonplace.platform.record.RequestReads#expect}).
 *
 * @param kind the follow target's name for it: {@code THREAD}, {@code STORY}, {@code NETWORK}
 */
public record PageAbout(String kind, String id) {}
