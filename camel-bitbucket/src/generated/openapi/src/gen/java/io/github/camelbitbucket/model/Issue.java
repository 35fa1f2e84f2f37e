package io.github.camelbitbucket.model;

import io.github.camelbitbucket.model.Account;
import io.github.camelbitbucket.model.Content;
import io.github.camelbitbucket.model.IssueKind;
import io.github.camelbitbucket.model.IssuePriority;
import io.github.camelbitbucket.model.IssueState;
import io.github.camelbitbucket.model.Links;
import java.time.OffsetDateTime;
import java.io.Serializable;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("Issue")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)

public class Issue  implements Serializable {
  private String type;
  private Long id;
  private String title;
  private Content content;
  private IssueKind kind;
  private IssuePriority priority;
  private IssueState state;
  private Account reporter;
  private Account assignee;
  private Integer votes;
  private OffsetDateTime createdOn;
  private OffsetDateTime updatedOn;
  private OffsetDateTime editedOn;
  private Object component;
  private Object milestone;
  private Object version;
  private Links links;

  public Issue() {
  }

  /**
   **/
  public Issue withType(String type) {
    this.type = type;
    return this;
  }

  
  @JsonProperty("type")
  public String getType() {
    return type;
  }

  @JsonProperty("type")
  public void setType(String type) {
    this.type = type;
  }

  /**
   **/
  public Issue withId(Long id) {
    this.id = id;
    return this;
  }

  
  @JsonProperty("id")
  public Long getId() {
    return id;
  }

  @JsonProperty("id")
  public void setId(Long id) {
    this.id = id;
  }

  /**
   **/
  public Issue withTitle(String title) {
    this.title = title;
    return this;
  }

  
  @JsonProperty("title")
  public String getTitle() {
    return title;
  }

  @JsonProperty("title")
  public void setTitle(String title) {
    this.title = title;
  }

  /**
   **/
  public Issue withContent(Content content) {
    this.content = content;
    return this;
  }

  
  @JsonProperty("content")
  public Content getContent() {
    return content;
  }

  @JsonProperty("content")
  public void setContent(Content content) {
    this.content = content;
  }

  /**
   **/
  public Issue withKind(IssueKind kind) {
    this.kind = kind;
    return this;
  }

  
  @JsonProperty("kind")
  public IssueKind getKind() {
    return kind;
  }

  @JsonProperty("kind")
  public void setKind(IssueKind kind) {
    this.kind = kind;
  }

  /**
   **/
  public Issue withPriority(IssuePriority priority) {
    this.priority = priority;
    return this;
  }

  
  @JsonProperty("priority")
  public IssuePriority getPriority() {
    return priority;
  }

  @JsonProperty("priority")
  public void setPriority(IssuePriority priority) {
    this.priority = priority;
  }

  /**
   **/
  public Issue withState(IssueState state) {
    this.state = state;
    return this;
  }

  
  @JsonProperty("state")
  public IssueState getState() {
    return state;
  }

  @JsonProperty("state")
  public void setState(IssueState state) {
    this.state = state;
  }

  /**
   **/
  public Issue withReporter(Account reporter) {
    this.reporter = reporter;
    return this;
  }

  
  @JsonProperty("reporter")
  public Account getReporter() {
    return reporter;
  }

  @JsonProperty("reporter")
  public void setReporter(Account reporter) {
    this.reporter = reporter;
  }

  /**
   **/
  public Issue withAssignee(Account assignee) {
    this.assignee = assignee;
    return this;
  }

  
  @JsonProperty("assignee")
  public Account getAssignee() {
    return assignee;
  }

  @JsonProperty("assignee")
  public void setAssignee(Account assignee) {
    this.assignee = assignee;
  }

  /**
   **/
  public Issue withVotes(Integer votes) {
    this.votes = votes;
    return this;
  }

  
  @JsonProperty("votes")
  public Integer getVotes() {
    return votes;
  }

  @JsonProperty("votes")
  public void setVotes(Integer votes) {
    this.votes = votes;
  }

  /**
   **/
  public Issue withCreatedOn(OffsetDateTime createdOn) {
    this.createdOn = createdOn;
    return this;
  }

  
  @JsonProperty("created_on")
  public OffsetDateTime getCreatedOn() {
    return createdOn;
  }

  @JsonProperty("created_on")
  public void setCreatedOn(OffsetDateTime createdOn) {
    this.createdOn = createdOn;
  }

  /**
   **/
  public Issue withUpdatedOn(OffsetDateTime updatedOn) {
    this.updatedOn = updatedOn;
    return this;
  }

  
  @JsonProperty("updated_on")
  public OffsetDateTime getUpdatedOn() {
    return updatedOn;
  }

  @JsonProperty("updated_on")
  public void setUpdatedOn(OffsetDateTime updatedOn) {
    this.updatedOn = updatedOn;
  }

  /**
   **/
  public Issue withEditedOn(OffsetDateTime editedOn) {
    this.editedOn = editedOn;
    return this;
  }

  
  @JsonProperty("edited_on")
  public OffsetDateTime getEditedOn() {
    return editedOn;
  }

  @JsonProperty("edited_on")
  public void setEditedOn(OffsetDateTime editedOn) {
    this.editedOn = editedOn;
  }

  /**
   * The issue component (name), or null.
   **/
  public Issue withComponent(Object component) {
    this.component = component;
    return this;
  }

  
  @JsonProperty("component")
  public Object getComponent() {
    return component;
  }

  @JsonProperty("component")
  public void setComponent(Object component) {
    this.component = component;
  }

  /**
   **/
  public Issue withMilestone(Object milestone) {
    this.milestone = milestone;
    return this;
  }

  
  @JsonProperty("milestone")
  public Object getMilestone() {
    return milestone;
  }

  @JsonProperty("milestone")
  public void setMilestone(Object milestone) {
    this.milestone = milestone;
  }

  /**
   **/
  public Issue withVersion(Object version) {
    this.version = version;
    return this;
  }

  
  @JsonProperty("version")
  public Object getVersion() {
    return version;
  }

  @JsonProperty("version")
  public void setVersion(Object version) {
    this.version = version;
  }

  /**
   **/
  public Issue withLinks(Links links) {
    this.links = links;
    return this;
  }

  
  @JsonProperty("links")
  public Links getLinks() {
    return links;
  }

  @JsonProperty("links")
  public void setLinks(Links links) {
    this.links = links;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    Issue issue = (Issue) o;
    return Objects.equals(this.type, issue.type) &&
        Objects.equals(this.id, issue.id) &&
        Objects.equals(this.title, issue.title) &&
        Objects.equals(this.content, issue.content) &&
        Objects.equals(this.kind, issue.kind) &&
        Objects.equals(this.priority, issue.priority) &&
        Objects.equals(this.state, issue.state) &&
        Objects.equals(this.reporter, issue.reporter) &&
        Objects.equals(this.assignee, issue.assignee) &&
        Objects.equals(this.votes, issue.votes) &&
        Objects.equals(this.createdOn, issue.createdOn) &&
        Objects.equals(this.updatedOn, issue.updatedOn) &&
        Objects.equals(this.editedOn, issue.editedOn) &&
        Objects.equals(this.component, issue.component) &&
        Objects.equals(this.milestone, issue.milestone) &&
        Objects.equals(this.version, issue.version) &&
        Objects.equals(this.links, issue.links);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, id, title, content, kind, priority, state, reporter, assignee, votes, createdOn, updatedOn, editedOn, component, milestone, version, links);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class Issue {\n");
    
    sb.append("    type: ").append(toIndentedString(type)).append("\n");
    sb.append("    id: ").append(toIndentedString(id)).append("\n");
    sb.append("    title: ").append(toIndentedString(title)).append("\n");
    sb.append("    content: ").append(toIndentedString(content)).append("\n");
    sb.append("    kind: ").append(toIndentedString(kind)).append("\n");
    sb.append("    priority: ").append(toIndentedString(priority)).append("\n");
    sb.append("    state: ").append(toIndentedString(state)).append("\n");
    sb.append("    reporter: ").append(toIndentedString(reporter)).append("\n");
    sb.append("    assignee: ").append(toIndentedString(assignee)).append("\n");
    sb.append("    votes: ").append(toIndentedString(votes)).append("\n");
    sb.append("    createdOn: ").append(toIndentedString(createdOn)).append("\n");
    sb.append("    updatedOn: ").append(toIndentedString(updatedOn)).append("\n");
    sb.append("    editedOn: ").append(toIndentedString(editedOn)).append("\n");
    sb.append("    component: ").append(toIndentedString(component)).append("\n");
    sb.append("    milestone: ").append(toIndentedString(milestone)).append("\n");
    sb.append("    version: ").append(toIndentedString(version)).append("\n");
    sb.append("    links: ").append(toIndentedString(links)).append("\n");
    sb.append("}");
    return sb.toString();
  }

  /**
   * Convert the given object to string with each line indented by 4 spaces
   * (except the first line).
   */
  private String toIndentedString(Object o) {
    return o == null ? "null" : o.toString().replace("\n", "\n    ");
  }


}
