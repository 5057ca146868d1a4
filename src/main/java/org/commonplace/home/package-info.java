/**
 * A signed-in member's home page: what is new for them across every kind of material.
 *
 * <p>It sits above the content features (stories, lessons, narratives) and only reads them: the
 * story lists come from {@code story.control.HomeStories}, which stays with stories; the lessons
 * and narratives lists are queried here through the record store's search on their mapped fields
 * ({@code state}, {@code validatedAt}, {@code reviewBy}, {@code flagged}, {@code networkId}, {@code
 * savedAt}), since they need sorts and ranges a repository method cannot say. No content feature
 * imports this one.
 *
 * <p>Newly validated lessons and narrative changes come from the networks the member may read, as
 * the stories' "new in your networks" list does; lessons due for review (on or before today) and
 * flagged lessons (most applications did not work, not retired) come only from the networks the
 * member facilitates, since only their facilitators act on them.
 */
package org.commonplace.home;
