package org.commonplace.story.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The story page's buttons that add, remove and move rows (PDSA cycles, measures, organisations).
 * Each posts the whole form without saving anything, changes the rows of this request's {@link
 * StoryEditView}, and shows the page again built from them, with the keyboard focus on the row
 * added or moved, so a person who cannot see the page knows where they are.
 */
@Named
@RequestScoped
public class StoryRowActions {

  @Inject StoryEditView view;
  @Inject FacesContext faces;

  private String focus = "";

  public String addCycle() {
    rows().addCycle();
    return focusOn("cycle-" + (rows().getCycles().size() - 1) + "-change");
  }

  public String removeCycle(int row) {
    rows().removeCycle(row);
    return showAgain(faces);
  }

  public String moveCycle(int row, int by) {
    rows().moveCycle(row, by);
    return focusOn("cycle-" + within(row + by, rows().getCycles().size()) + "-change");
  }

  public String addMeasure() {
    rows().addMeasure();
    return focusOn("measure-" + (rows().getMeasures().size() - 1) + "-name");
  }

  public String removeMeasure(int row) {
    rows().removeMeasure(row);
    return showAgain(faces);
  }

  public String moveMeasure(int row, int by) {
    rows().moveMeasure(row, by);
    return focusOn("measure-" + within(row + by, rows().getMeasures().size()) + "-name");
  }

  public String addOrganisation() {
    rows().addOrganisation();
    return focusOn("organisation-" + (rows().getOrganisations().size() - 1) + "-name");
  }

  public String removeOrganisation(int row) {
    rows().removeOrganisation(row);
    return showAgain(faces);
  }

  /** The field that gets the keyboard focus when the page comes back; empty for none. */
  public String getFocus() {
    return focus;
  }

  private StoryRows rows() {
    return view.getRows();
  }

  private String focusOn(String field) {
    focus = field;
    return showAgain(faces);
  }

  private static int within(int row, int size) {
    return Math.max(0, Math.min(size - 1, row));
  }

  /**
   * Builds the page again from the request's beans, which hold every typed value: Faces built the
   * page from the rows as posted, and a row added, removed, moved or dropped changes which fields
   * it has.
   */
  static String showAgain(FacesContext faces) {
    UIViewRoot current = faces.getViewRoot();
    UIViewRoot fresh =
        faces.getApplication().getViewHandler().createView(faces, current.getViewId());
    fresh.setLocale(current.getLocale());
    faces.setViewRoot(fresh);
    return null;
  }
}
