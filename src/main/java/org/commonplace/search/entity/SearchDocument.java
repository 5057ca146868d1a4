package org.commonplace.search.entity;

/**
 * A record as the search index holds it. Every kind's document names its kind and id, so one search
 * can cover every kind and show each hit as what it is.
 */
public interface SearchDocument {

  String id();

  String kind();
}
