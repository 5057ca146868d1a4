package org.commonplace.story.entity;

/** How far the work the story tells has come. */
public enum Stage {
  IDEA,
  TESTING,
  IMPLEMENTING,
  SPREADING,
  SUSTAINED
}
