package io.github.camelbitbucket.model;

import io.github.camelbitbucket.model.Account;
import io.github.camelbitbucket.model.CommentInline;
import io.github.camelbitbucket.model.CommentParent;
import io.github.camelbitbucket.model.Content;
import io.github.camelbitbucket.model.Links;
import io.github.camelbitbucket.model.PullRequest;
import java.time.OffsetDateTime;
import java.io.Serializable;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("Comment")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)

public class Comment  implements Serializable {
  private String type;
  private Long id;
  private Content content;
  private Account user;
  private CommentInline inline;
  private CommentParent parent;
  private PullRequest pullrequest;
  private Boolean deleted;
  private OffsetDateTime createdOn;
  private OffsetDateTime updatedOn;
  private Links links;

  public Comment() {
  }

  /**
   **/
  public Comment withType(String type) {
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
  public Comment withId(Long id) {
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
  public Comment withContent(Content content) {
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
  public Comment withUser(Account user) {
    this.user = user;
    return this;
  }

  
  @JsonProperty("user")
  public Account getUser() {
    return user;
  }

  @JsonProperty("user")
  public void setUser(Account user) {
    this.user = user;
  }

  /**
   **/
  public Comment withInline(CommentInline inline) {
    this.inline = inline;
    return this;
  }

  
  @JsonProperty("inline")
  public CommentInline getInline() {
    return inline;
  }

  @JsonProperty("inline")
  public void setInline(CommentInline inline) {
    this.inline = inline;
  }

  /**
   **/
  public Comment withParent(CommentParent parent) {
    this.parent = parent;
    return this;
  }

  
  @JsonProperty("parent")
  public CommentParent getParent() {
    return parent;
  }

  @JsonProperty("parent")
  public void setParent(CommentParent parent) {
    this.parent = parent;
  }

  /**
   **/
  public Comment withPullrequest(PullRequest pullrequest) {
    this.pullrequest = pullrequest;
    return this;
  }

  
  @JsonProperty("pullrequest")
  public PullRequest getPullrequest() {
    return pullrequest;
  }

  @JsonProperty("pullrequest")
  public void setPullrequest(PullRequest pullrequest) {
    this.pullrequest = pullrequest;
  }

  /**
   **/
  public Comment withDeleted(Boolean deleted) {
    this.deleted = deleted;
    return this;
  }

  
  @JsonProperty("deleted")
  public Boolean getDeleted() {
    return deleted;
  }

  @JsonProperty("deleted")
  public void setDeleted(Boolean deleted) {
    this.deleted = deleted;
  }

  /**
   **/
  public Comment withCreatedOn(OffsetDateTime createdOn) {
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
  public Comment withUpdatedOn(OffsetDateTime updatedOn) {
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
  public Comment withLinks(Links links) {
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
    Comment comment = (Comment) o;
    return Objects.equals(this.type, comment.type) &&
        Objects.equals(this.id, comment.id) &&
        Objects.equals(this.content, comment.content) &&
        Objects.equals(this.user, comment.user) &&
        Objects.equals(this.inline, comment.inline) &&
        Objects.equals(this.parent, comment.parent) &&
        Objects.equals(this.pullrequest, comment.pullrequest) &&
        Objects.equals(this.deleted, comment.deleted) &&
        Objects.equals(this.createdOn, comment.createdOn) &&
        Objects.equals(this.updatedOn, comment.updatedOn) &&
        Objects.equals(this.links, comment.links);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, id, content, user, inline, parent, pullrequest, deleted, createdOn, updatedOn, links);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class Comment {\n");
    
    sb.append("    type: ").append(toIndentedString(type)).append("\n");
    sb.append("    id: ").append(toIndentedString(id)).append("\n");
    sb.append("    content: ").append(toIndentedString(content)).append("\n");
    sb.append("    user: ").append(toIndentedString(user)).append("\n");
    sb.append("    inline: ").append(toIndentedString(inline)).append("\n");
    sb.append("    parent: ").append(toIndentedString(parent)).append("\n");
    sb.append("    pullrequest: ").append(toIndentedString(pullrequest)).append("\n");
    sb.append("    deleted: ").append(toIndentedString(deleted)).append("\n");
    sb.append("    createdOn: ").append(toIndentedString(createdOn)).append("\n");
    sb.append("    updatedOn: ").append(toIndentedString(updatedOn)).append("\n");
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
