package cn.qinglian.portal.letter;

import org.springframework.data.repository.ListCrudRepository;

interface CommitmentLetterRepository extends ListCrudRepository<CommitmentLetter, Long> {
}
