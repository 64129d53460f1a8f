package cn.qinglian.portal.organisation;

import org.springframework.data.repository.ListCrudRepository;

interface OfficeRepository extends ListCrudRepository<Office, Long> {
}
