package org.commonplace.story.entity;

/** Which way a measure moves when things get better. */
public enum Improvement {
  UP,
  DOWN
}
