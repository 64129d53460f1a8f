package cn.qinglian.portal.letter;

import org.springframework.data.repository.ListCrudRepository;

interface LetterTemplateRepository extends ListCrudRepository<LetterTemplate, Long> {
}
