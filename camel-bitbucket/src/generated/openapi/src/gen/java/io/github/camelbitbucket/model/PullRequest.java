package io.github.camelbitbucket.model;

import io.github.camelbitbucket.model.Account;
import io.github.camelbitbucket.model.CommitRef;
import io.github.camelbitbucket.model.Links;
import io.github.camelbitbucket.model.Participant;
import io.github.camelbitbucket.model.PullRequestEndpoint;
import io.github.camelbitbucket.model.PullRequestState;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.io.Serializable;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("PullRequest")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)

public class PullRequest  implements Serializable {
  private String type;
  private Long id;
  private String title;
  private String description;
  private PullRequestState state;
  private Account author;
  private PullRequestEndpoint source;
  private PullRequestEndpoint destination;
  private Integer commentCount;
  private OffsetDateTime createdOn;
  private OffsetDateTime updatedOn;
  private Links links;
  private List<Account> reviewers = new ArrayList<>();
  private List<Participant> participants = new ArrayList<>();
  private Boolean closeSourceBranch;
  private CommitRef mergeCommit;

  public PullRequest() {
  }

  /**
   **/
  public PullRequest withType(String type) {
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
  public PullRequest withId(Long id) {
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
  public PullRequest withTitle(String title) {
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
  public PullRequest withDescription(String description) {
    this.description = description;
    return this;
  }

  
  @JsonProperty("description")
  public String getDescription() {
    return description;
  }

  @JsonProperty("description")
  public void setDescription(String description) {
    this.description = description;
  }

  /**
   **/
  public PullRequest withState(PullRequestState state) {
    this.state = state;
    return this;
  }

  
  @JsonProperty("state")
  public PullRequestState getState() {
    return state;
  }

  @JsonProperty("state")
  public void setState(PullRequestState state) {
    this.state = state;
  }

  /**
   **/
  public PullRequest withAuthor(Account author) {
    this.author = author;
    return this;
  }

  
  @JsonProperty("author")
  public Account getAuthor() {
    return author;
  }

  @JsonProperty("author")
  public void setAuthor(Account author) {
    this.author = author;
  }

  /**
   **/
  public PullRequest withSource(PullRequestEndpoint source) {
    this.source = source;
    return this;
  }

  
  @JsonProperty("source")
  public PullRequestEndpoint getSource() {
    return source;
  }

  @JsonProperty("source")
  public void setSource(PullRequestEndpoint source) {
    this.source = source;
  }

  /**
   **/
  public PullRequest withDestination(PullRequestEndpoint destination) {
    this.destination = destination;
    return this;
  }

  
  @JsonProperty("destination")
  public PullRequestEndpoint getDestination() {
    return destination;
  }

  @JsonProperty("destination")
  public void setDestination(PullRequestEndpoint destination) {
    this.destination = destination;
  }

  /**
   **/
  public PullRequest withCommentCount(Integer commentCount) {
    this.commentCount = commentCount;
    return this;
  }

  
  @JsonProperty("comment_count")
  public Integer getCommentCount() {
    return commentCount;
  }

  @JsonProperty("comment_count")
  public void setCommentCount(Integer commentCount) {
    this.commentCount = commentCount;
  }

  /**
   **/
  public PullRequest withCreatedOn(OffsetDateTime createdOn) {
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
  public PullRequest withUpdatedOn(OffsetDateTime updatedOn) {
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
  public PullRequest withLinks(Links links) {
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

  /**
   * Named by uuid or account_id (live row 16 - a username is refused).
   **/
  public PullRequest withReviewers(List<Account> reviewers) {
    this.reviewers = reviewers;
    return this;
  }

  
  @JsonProperty("reviewers")
  public List<Account> getReviewers() {
    return reviewers;
  }

  @JsonProperty("reviewers")
  public void setReviewers(List<Account> reviewers) {
    this.reviewers = reviewers;
  }

  public PullRequest addReviewersItem(Account reviewersItem) {
    if (this.reviewers == null) {
      this.reviewers = new ArrayList<>();
    }

    this.reviewers.add(reviewersItem);
    return this;
  }

  public PullRequest removeReviewersItem(Account reviewersItem) {
    if (reviewersItem != null && this.reviewers != null) {
      this.reviewers.remove(reviewersItem);
    }

    return this;
  }
  /**
   **/
  public PullRequest withParticipants(List<Participant> participants) {
    this.participants = participants;
    return this;
  }

  
  @JsonProperty("participants")
  public List<Participant> getParticipants() {
    return participants;
  }

  @JsonProperty("participants")
  public void setParticipants(List<Participant> participants) {
    this.participants = participants;
  }

  public PullRequest addParticipantsItem(Participant participantsItem) {
    if (this.participants == null) {
      this.participants = new ArrayList<>();
    }

    this.participants.add(participantsItem);
    return this;
  }

  public PullRequest removeParticipantsItem(Participant participantsItem) {
    if (participantsItem != null && this.participants != null) {
      this.participants.remove(participantsItem);
    }

    return this;
  }
  /**
   **/
  public PullRequest withCloseSourceBranch(Boolean closeSourceBranch) {
    this.closeSourceBranch = closeSourceBranch;
    return this;
  }

  
  @JsonProperty("close_source_branch")
  public Boolean getCloseSourceBranch() {
    return closeSourceBranch;
  }

  @JsonProperty("close_source_branch")
  public void setCloseSourceBranch(Boolean closeSourceBranch) {
    this.closeSourceBranch = closeSourceBranch;
  }

  /**
   **/
  public PullRequest withMergeCommit(CommitRef mergeCommit) {
    this.mergeCommit = mergeCommit;
    return this;
  }

  
  @JsonProperty("merge_commit")
  public CommitRef getMergeCommit() {
    return mergeCommit;
  }

  @JsonProperty("merge_commit")
  public void setMergeCommit(CommitRef mergeCommit) {
    this.mergeCommit = mergeCommit;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    PullRequest pullRequest = (PullRequest) o;
    return Objects.equals(this.type, pullRequest.type) &&
        Objects.equals(this.id, pullRequest.id) &&
        Objects.equals(this.title, pullRequest.title) &&
        Objects.equals(this.description, pullRequest.description) &&
        Objects.equals(this.state, pullRequest.state) &&
        Objects.equals(this.author, pullRequest.author) &&
        Objects.equals(this.source, pullRequest.source) &&
        Objects.equals(this.destination, pullRequest.destination) &&
        Objects.equals(this.commentCount, pullRequest.commentCount) &&
        Objects.equals(this.createdOn, pullRequest.createdOn) &&
        Objects.equals(this.updatedOn, pullRequest.updatedOn) &&
        Objects.equals(this.links, pullRequest.links) &&
        Objects.equals(this.reviewers, pullRequest.reviewers) &&
        Objects.equals(this.participants, pullRequest.participants) &&
        Objects.equals(this.closeSourceBranch, pullRequest.closeSourceBranch) &&
        Objects.equals(this.mergeCommit, pullRequest.mergeCommit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, id, title, description, state, author, source, destination, commentCount, createdOn, updatedOn, links, reviewers, participants, closeSourceBranch, mergeCommit);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class PullRequest {\n");
    
    sb.append("    type: ").append(toIndentedString(type)).append("\n");
    sb.append("    id: ").append(toIndentedString(id)).append("\n");
    sb.append("    title: ").append(toIndentedString(title)).append("\n");
    sb.append("    description: ").append(toIndentedString(description)).append("\n");
    sb.append("    state: ").append(toIndentedString(state)).append("\n");
    sb.append("    author: ").append(toIndentedString(author)).append("\n");
    sb.append("    source: ").append(toIndentedString(source)).append("\n");
    sb.append("    destination: ").append(toIndentedString(destination)).append("\n");
    sb.append("    commentCount: ").append(toIndentedString(commentCount)).append("\n");
    sb.append("    createdOn: ").append(toIndentedString(createdOn)).append("\n");
    sb.append("    updatedOn: ").append(toIndentedString(updatedOn)).append("\n");
    sb.append("    links: ").append(toIndentedString(links)).append("\n");
    sb.append("    reviewers: ").append(toIndentedString(reviewers)).append("\n");
    sb.append("    participants: ").append(toIndentedString(participants)).append("\n");
    sb.append("    closeSourceBranch: ").append(toIndentedString(closeSourceBranch)).append("\n");
    sb.append("    mergeCommit: ").append(toIndentedString(mergeCommit)).append("\n");
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
