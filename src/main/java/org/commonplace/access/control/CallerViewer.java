package org.commonplace.access.control;

import org.commonplace.access.entity.Viewer;

/**
 * Who is calling in this request, as the access policy sees them. The member feature provides it,
 * since only it knows members; access asks through this interface so that it never reaches into
 * member's records.
 */
public interface CallerViewer {

  Viewer viewer();
}
